using System.Text.Json.Nodes;
using M365PolicyControl.Cli.Commands;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests;

/// <summary><c>policyctl provision</c> end to end: the in-process local tenant under a temp data folder.</summary>
public sealed class ProvisionCommandTests
{
    [Fact]
    public async Task What_if_prints_the_plan_as_json_and_writes_nothing()
    {
        using var data = new TempFolder();

        var (code, output, _) = await RunAsync(new(null, null, WhatIf: true, Json: true, false, data.Path, null));

        Assert.Equal(ExitCodes.Ok, code);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(0, (int)json["writes"]!);
        Assert.Contains(json["created"]!.AsArray(), s => (string?)s!["target"] == "Security Policies" && (string?)s["action"] == "create");
    }

    [Fact]
    public async Task A_second_run_says_the_site_is_up_to_date()
    {
        using var data = new TempFolder();
        var (first, firstOutput, _) = await RunAsync(new(null, null, false, false, false, data.Path, null));
        Assert.Equal(ExitCodes.Ok, first);
        Assert.Contains("Applied:", firstOutput);

        var (second, output, _) = await RunAsync(new(null, null, false, Json: true, false, data.Path, null));

        Assert.Equal(ExitCodes.Ok, second);
        var json = JsonNode.Parse(output)!;
        Assert.Equal(0, (int)json["writes"]!);
        Assert.True((bool)json["upToDate"]!);
        Assert.StartsWith("Site is up to date", (string)json["summary"]!);
    }

    [Fact]
    public async Task A_bad_template_is_refused_naming_the_file_and_every_problem()
    {
        using var data = new TempFolder();
        var template = data.File("bad.json");
        await File.WriteAllTextAsync(template, """{"templateId":"Bad Id","version":"1","lists":[]}""");

        var (code, output, error) = await RunAsync(new(null, template, false, false, false, data.Path, null));

        Assert.Equal(ExitCodes.Error, code);
        Assert.Empty(output);
        Assert.Contains("bad.json", error);
        Assert.Contains("/templateId", error);
        Assert.Contains("/version", error);
        Assert.Contains("/lists", error);
        Assert.False(File.Exists(Path.Combine(data.Path, "tenant.db")));
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(ProvisionCommand.ProvisionRequest request)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ProvisionCommand.RunAsync(request, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
