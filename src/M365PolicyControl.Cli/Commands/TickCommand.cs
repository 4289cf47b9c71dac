using System.CommandLine;
using System.Globalization;
using M365PolicyControl.Cli.Lifecycle;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl tick [--now DATE]</c>: Approved to Effective when the date comes; reviews due and overdue.</summary>
internal static class TickCommand
{
    public static Command Create()
    {
        var now = new Option<string?>("--now") { Description = "The day to judge (yyyy-MM-dd); default today." };
        var tenant = new TenantOptions();
        var command = tenant.AddTo(new Command("tick", "Make approved documents effective on their date and flag reviews due or overdue.") { now });
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("tick", tenant.Read(parse), async host =>
        {
            DateOnly? asOf = null;
            if (parse.GetValue(now) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"tick: --now '{text}' is not a date in yyyy-MM-dd form.");
                    return ExitCodes.Error;
                }

                asOf = parsed;
            }

            var report = await host.Service.TickAsync(asOf, ct);
            Console.WriteLine($"Tick {report.AsOf:yyyy-MM-dd}: {report.BecameEffective.Count} effective, {report.Superseded.Count} superseded, " +
                $"{report.ReviewDue.Count} reviews due, {report.ReviewOverdue.Count} overdue.");
            foreach (var (label, entries) in new[] { ("effective", report.BecameEffective), ("superseded", report.Superseded), ("due", report.ReviewDue), ("OVERDUE", report.ReviewOverdue) })
            {
                foreach (var entry in entries)
                {
                    Console.WriteLine($"  {label,-10} {entry.PolicyId,-12} {entry.Title} — {entry.Detail}");
                }
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
