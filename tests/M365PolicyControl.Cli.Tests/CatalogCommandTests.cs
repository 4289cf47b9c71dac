using System.Globalization;
using System.Text.Json;
using CsvHelper;
using M365PolicyControl.Cli;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests;

[CollectionDefinition(nameof(CatalogCommandTests), DisableParallelization = true)]
public sealed class CatalogCommandCollection;

/// <summary>Runs <c>policyctl catalog</c> in-process with the console captured (hence not in parallel).</summary>
[Collection(nameof(CatalogCommandTests))]
public sealed class CatalogCommandTests
{
    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var (originalOut, originalError) = (Console.Out, Console.Error);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await PolicyCtl.RunAsync(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    [Fact]
    public async Task Catalog_NoOptions_PrintsTableWithEveryRequirement()
    {
        var (exit, output, error) = await RunAsync("catalog");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Empty(error);
        Assert.Contains("hipaa-security-2013", output);
        Assert.Contains("164.308(a)(1)(ii)(A)", output);
        Assert.Contains("Mechanism to authenticate electronic protected health information", output);
        Assert.Contains("22 standards, 43 implementation specifications.", output);
    }

    [Fact]
    public async Task Catalog_FormatJson_WritesCatalogWithAllRequirements()
    {
        var (exit, output, _) = await RunAsync("catalog", "--format", "json");

        Assert.Equal(ExitCodes.Ok, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("hipaa-security-2013", json.RootElement.GetProperty("id").GetString());
        var requirements = json.RootElement.GetProperty("requirements").EnumerateArray().ToArray();
        Assert.Equal(65, requirements.Length);
        Assert.Equal("164.312(c)(2)", requirements[49].GetProperty("citation").GetString());
        Assert.Equal("addressable", requirements[49].GetProperty("implementation").GetString());
        Assert.Equal("164.312(c)(1)", requirements[49].GetProperty("parentStandard").GetString());
    }

    [SharedFact("reference/hipaa-security-rule-2013.tsv")]
    public async Task Catalog_FormatCsv_MatchesTheReferenceListRowForRow()
    {
        var (exit, output, _) = await RunAsync("catalog", "--format", "csv");

        Assert.Equal(ExitCodes.Ok, exit);
        using var csv = new CsvReader(new StringReader(output), CultureInfo.InvariantCulture);
        var rows = new List<string>();
        while (csv.Read())
        {
            rows.Add(string.Join("\t", Enumerable.Range(0, csv.Parser.Count).Select(i => csv.GetField(i))));
        }

        var reference = File.ReadAllLines(RepoPaths.ReferenceCatalogTsv).Where(l => l.Length > 0);
        Assert.Equal(reference, rows);
    }

    [Fact]
    public async Task Catalog_UnknownCatalogId_FailsWithOneLineNamingIt()
    {
        var (exit, output, error) = await RunAsync("catalog", "--catalog", "hipaa-1999");

        Assert.Equal(ExitCodes.Error, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("'hipaa-1999'", line);
        Assert.Contains("hipaa-security-2013", line);
    }

    [Fact]
    public async Task Catalog_UnknownFormat_IsRefused()
    {
        var (exit, _, error) = await RunAsync("catalog", "--format", "xml");

        Assert.NotEqual(ExitCodes.Ok, exit);
        Assert.Contains("xml", error);
    }
}
