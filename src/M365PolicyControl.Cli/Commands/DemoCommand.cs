using System.CommandLine;
using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.Core.Coverage;
using Spectre.Console;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl demo [--policies DIR] [--out DIR]</c>: the main job end to end on a fresh local tenant.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var policies = new Option<string?>("--policies") { Description = "Folder of .docx (or .md) policies; default provisioning/samples (with its manifest.json)." };
        var output = new Option<string>("--out") { Description = "Output folder.", DefaultValueFactory = _ => "demo-out" };
        var command = new Command("demo", "Provision a fresh local tenant, import, submit, approve, stamp, tick, and write the matrix and evidence packet.") { policies, output };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(policies) ?? SamplesFolder();
            if (folder is null || !Directory.Exists(folder))
            {
                await Console.Error.WriteLineAsync($"demo: policies folder '{folder ?? "provisioning/samples"}' not found; pass --policies DIR.");
                return ExitCodes.Error;
            }

            try
            {
                Print(await DemoRunner.RunAsync(folder, parse.GetValue(output)!, ct));
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or SharePoint.Lifecycle.LifecycleException)
            {
                await Console.Error.WriteLineAsync($"demo: {e.Message}");
                return ExitCodes.Error;
            }
        });
        return command;
    }

    /// <summary>provisioning/samples under the working directory or above the executable.</summary>
    private static string? SamplesFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "provisioning", "samples");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static void Print(DemoResult result)
    {
        var table = new Table().Title("policyctl demo").AddColumns("What", "Result");
        table.AddRow("Documents imported", result.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Submitted / approved and stamped", $"{result.Submitted} / {result.Approved}");
        table.AddRow("Effective", result.Effective.ToString(System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("Requirements covered / gaps", $"{result.Coverage.Counts[CoverageStatus.Covered]} / {result.Coverage.Counts[CoverageStatus.Gap]} of {result.Coverage.Total} (policy only {result.Coverage.Counts[CoverageStatus.PolicyOnly]})");
        table.AddRow("Coverage matrix", Markup.Escape(string.Join("\n", result.MatrixFiles.Select(Shown))));
        table.AddRow("Evidence packet", Markup.Escape(Shown(result.EvidencePacket)));
        table.AddRow("Open in a browser", Markup.Escape(Shown(result.EvidenceIndex)));
        table.AddRow("Tenant data", Markup.Escape(Shown(Path.Combine(result.OutputFolder, "tenant"))));
        table.AddRow("Time / round trips", $"{result.Elapsed.TotalSeconds:F1} s / {result.RoundTrips}");
        AnsiConsole.Write(table);
        foreach (var refusal in result.Refused)
        {
            AnsiConsole.MarkupLine($"[yellow]not submitted[/] {Markup.Escape(refusal)}");
        }
    }

    // Paths under the working folder are shown relative to it, so the table stays readable on an 80-column console.
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}
