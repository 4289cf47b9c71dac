using System.CommandLine;
using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.Core.Documents;
using M365PolicyControl.LocalTenant.Directory;
using M365PolicyControl.SharePoint.Lifecycle;
using Spectre.Console;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl import &lt;folder|files...&gt; [--metadata FILE.csv|FILE.json]</c>: uploads Word files as drafts.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Folders or .docx/.docm/.md files.", Arity = ArgumentArity.OneOrMore };
        var metadata = new Option<string?>("--metadata") { Description = "Manifest (csv or json) with each file's metadata." };
        var actor = new Option<string>("--as")
        {
            Description = "UPN of the importing user (author of the drafts; owner when nothing else names one).",
            DefaultValueFactory = _ => SeededDirectory.Users[1].UserPrincipalName,
        };
        var tenant = new TenantOptions();
        var command = tenant.AddTo(new Command("import", "Upload Word policies as drafts with their metadata (manifest, stamp, or derived).") { inputs, metadata, actor });
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("import", tenant.Read(parse), async host =>
        {
            var items = ImportItems(parse.GetValue(inputs)!, parse.GetValue(metadata), tenant.Read(parse).DataFolder);
            var outcomes = await host.Service.ImportAsync(items, parse.GetValue(actor)!, ct);
            Print(outcomes);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    /// <summary>The files with their manifest entries.</summary>
    public static IReadOnlyList<ImportItem> ImportItems(IEnumerable<string> inputs, string? manifestPath, string dataDirectory)
    {
        var manifest = manifestPath is null ? null : ImportManifest.Read(manifestPath);
        var files = PolicyFiles.Collect(inputs, Path.Combine(dataDirectory, "converted"));
        return files.Select(f => new ImportItem(f, manifest?.GetValueOrDefault(Path.GetFileName(f)))).ToArray();
    }

    private static void Print(IReadOnlyList<ImportOutcome> outcomes)
    {
        var table = new Table().AddColumns("File", "Policy id", "Action", "Metadata", "Version", "Requirements");
        foreach (var o in outcomes)
        {
            var requirements = o.Source == MetadataSource.Derived
                ? $"proposed from text: {string.Join(", ", o.Requirements)}"
                : string.Join(", ", o.Requirements);
            table.AddRow(Markup.Escape(o.FileName), o.PolicyId, o.Action.ToString(), o.Source.ToString(), o.Version, Markup.Escape(requirements));
        }

        AnsiConsole.Write(table);
        foreach (var o in outcomes.Where(o => o.Warnings.Count > 0))
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(o.FileName)}[/]: {Markup.Escape(string.Join("; ", o.Warnings))}");
        }
    }
}
