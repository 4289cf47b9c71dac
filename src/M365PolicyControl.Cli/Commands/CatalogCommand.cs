using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using M365PolicyControl.Core.Catalog;
using Spectre.Console;

namespace M365PolicyControl.Cli;

/// <summary><c>policyctl catalog [--format table|json|csv] [--catalog ID]</c>: lists the Security Rule requirements.</summary>
internal static class CatalogCommand
{
    private const int WidthWhenRedirected = 200;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: table, json or csv.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var catalogId = new Option<string>("--catalog")
        {
            Description = $"Catalog id; known: {string.Join(", ", SecurityRuleCatalog.AvailableIds)}.",
            DefaultValueFactory = _ => SecurityRuleCatalog.DefaultId,
        };

        var command = new Command("catalog", "List the Security Rule standards and implementation specifications.") { format, catalogId };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(format)!, parseResult.GetValue(catalogId)!,
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string format, string catalogId, TextWriter output, TextWriter error)
    {
        if (!SecurityRuleCatalog.AvailableIds.Contains(catalogId))
        {
            error.WriteLine($"catalog: no catalog with id '{catalogId}'; known: {string.Join(", ", SecurityRuleCatalog.AvailableIds)}.");
            return ExitCodes.Error;
        }

        var catalog = SecurityRuleCatalog.Load(catalogId);
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(new { catalog.Id, catalog.Title, catalog.Version, catalog.Requirements }, JsonOptions));
                break;
            case "csv":
                WriteCsv(catalog, output);
                break;
            default:
                WriteTable(catalog, output);
                break;
        }

        return ExitCodes.Ok;
    }

    private static void WriteCsv(SecurityRuleCatalog catalog, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var header in (string[])["citation", "kind", "name", "required_or_addressable", "parent_standard", "safeguard"])
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var r in catalog.Requirements)
        {
            csv.WriteField(r.Citation);
            csv.WriteField(r.Kind.ToString().ToLowerInvariant());
            csv.WriteField(r.Name);
            csv.WriteField(r.ImplementationCode);
            csv.WriteField(r.ParentStandard ?? "");
            csv.WriteField(r.Safeguard.ToString().ToLowerInvariant());
            csv.NextRecord();
        }
    }

    private static void WriteTable(SecurityRuleCatalog catalog, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = Console.IsOutputRedirected || output != Console.Out ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        if (Console.IsOutputRedirected || output != Console.Out)
        {
            console.Profile.Width = WidthWhenRedirected;
        }

        var table = new Table { Title = new TableTitle($"{catalog.Title} ({catalog.Id})") };
        table.AddColumns("Citation", "Kind", "Name", "R/A", "Standard", "Safeguard");
        foreach (var r in catalog.Requirements)
        {
            table.AddRow(
                Markup.Escape(r.Citation), r.Kind.ToString(), Markup.Escape(r.Name), r.ImplementationCode,
                Markup.Escape(r.ParentStandard ?? ""), r.Safeguard.ToString());
        }

        console.Write(table);
        var standards = catalog.Requirements.Count(r => r.Kind == RequirementKind.Standard);
        console.WriteLine($"{standards} standards, {catalog.Requirements.Count - standards} implementation specifications.");
    }
}
