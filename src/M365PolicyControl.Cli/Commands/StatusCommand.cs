using System.CommandLine;
using System.Text.Json;
using M365PolicyControl.Cli.Lifecycle;
using Spectre.Console;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl status [--json]</c> and <c>policyctl history &lt;policyId&gt;</c>.</summary>
internal static class StatusCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table." };
        var tenant = new TenantOptions();
        var command = tenant.AddTo(new Command("status", "Every controlled document: version, status, effective date, next review, owner, overdue.") { json });
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("status", tenant.Read(parse), async host =>
        {
            var rows = await host.Service.StatusAsync(cancellationToken: ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(rows, Json));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("Id", "Title", "Kind", "Version", "Status", "Effective", "Next review", "Owner", "Overdue");
            foreach (var r in rows)
            {
                table.AddRow(r.PolicyId, Markup.Escape(r.Title), r.Kind, r.Version, r.Status, $"{r.Effective:yyyy-MM-dd}", $"{r.NextReview:yyyy-MM-dd}",
                    Markup.Escape(r.Owner), r.Overdue ? "[red]yes[/]" : "");
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static Command CreateHistory()
    {
        var policyId = new Argument<string>("policyId") { Description = "The document's policy id." };
        var tenant = new TenantOptions();
        var command = tenant.AddTo(new Command("history", "Every version with author, approver, dates and body hash.") { policyId });
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("history", tenant.Read(parse), async host =>
        {
            var table = new Table().AddColumns("Version", "Status", "Modified", "Author", "Approver", "Approved", "Effective", "Body hash");
            foreach (var r in await host.Service.HistoryAsync(parse.GetValue(policyId)!, ct))
            {
                table.AddRow(r.Version, r.Status, $"{r.Modified:yyyy-MM-dd HH:mm}", Markup.Escape(r.Author ?? ""), Markup.Escape(r.Approver ?? ""),
                    $"{r.ApprovedOn:yyyy-MM-dd}", $"{r.EffectiveDate:yyyy-MM-dd}", r.BodyHash ?? "");
            }

            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
