using System.IO.Compression;
using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Matrix;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests.Lifecycle;

/// <summary><c>policyctl exception add</c> and <c>decision add</c> over the in-process local tenant, read back by matrix and evidence.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RegisterCommandTests
{
    [Fact]
    public async Task ExceptionAndDecision_AreRecorded_AndShowInTheMatrixAndThePacketRegisters()
    {
        using var data = new TempFolder();
        var policyId = await ProvisionedWithOnePolicyAsync(data);
        var approver = DemoRunner.Approver;

        var exception = await CliRun.RunAsync("exception", "add", "--requirement", "164.312(b)", "--policy", policyId, "--as", approver,
            "--reason", "Audit log rollout", "--compensating", "Weekly manual review", "--expires", DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd"), "--data", data.Path);
        var decision = await CliRun.RunAsync("decision", "add", "--requirement", "164.312(a)(2)(iv)", "--decision", "alternative", "--as", approver,
            "--rationale", "Full-disk encryption instead", "--data", data.Path);
        var matrix = await CliRun.RunAsync("matrix", "--format", "csv", "-o", data.File("matrix.csv"), "--data", data.Path);
        var evidence = await CliRun.RunAsync("evidence", "-o", data.File("packet.zip"), "--data", data.Path);

        Assert.True(exception.ExitCode == ExitCodes.Ok, exception.Error);
        Assert.True(decision.ExitCode == ExitCodes.Ok, decision.Error);
        Assert.True(matrix.ExitCode == ExitCodes.Ok, matrix.Error);
        Assert.True(evidence.ExitCode == ExitCodes.Ok, evidence.Error);
        await using var csv = File.OpenRead(data.File("matrix.csv"));
        var rows = (await CsvMatrixWriter.ReadAsync(csv)).ToDictionary(r => r.Citation);
        Assert.Equal(CoverageStatus.Exception, rows["164.312(b)"].Status);
        Assert.Equal(CoverageStatus.Decision, rows["164.312(a)(2)(iv)"].Status);
        using var packet = ZipFile.OpenRead(data.File("packet.zip"));
        Assert.Contains("164.312(b)", await ReadEntryAsync(packet, "registers/exceptions.csv"));
        Assert.Contains("164.312(a)(2)(iv)", await ReadEntryAsync(packet, "registers/decisions.csv"));
    }

    [Theory]
    [InlineData("164.312(b)", "is required, not addressable")]
    [InlineData("164.399(z)", "does not name one Security Rule requirement")]
    public async Task Decision_OnARequiredOrUnknownCitation_IsRefusedWithOneLine(string citation, string reason)
    {
        using var data = new TempFolder();
        await ProvisionedWithOnePolicyAsync(data);

        var (code, output, error) = await CliRun.RunAsync("decision", "add", "--requirement", citation, "--decision", "not-reasonable", "--as", DemoRunner.Approver,
            "--rationale", "Because", "--data", data.Path);

        Assert.Equal(ExitCodes.Error, code);
        Assert.Empty(output);
        Assert.Contains(reason, error);
        Assert.StartsWith("decision add: ", error);
    }

    private static async Task<string> ProvisionedWithOnePolicyAsync(TempFolder data)
    {
        var provision = await CliRun.RunAsync("provision", "--data", data.Path);
        Assert.True(provision.ExitCode == ExitCodes.Ok, provision.Error);
        var markdown = data.File("access-control-policy.md");
        await File.WriteAllTextAsync(markdown, "# Access Control Policy\n\nThis policy implements 45 CFR 164.312(a)(1) Access Control.\n");
        // Imported through the service: import prints its table with Spectre's console, which the captured console does not carry.
        await using var host = await LifecycleHost.OpenAsync(new TenantTarget(data.Path, null, null));
        var items = M365PolicyControl.Cli.Commands.ImportCommand.ImportItems([markdown], null, data.Path);
        return (await host.Service.ImportAsync(items, DemoRunner.Author)).Single().PolicyId;
    }

    private static async Task<string> ReadEntryAsync(ZipArchive packet, string name)
    {
        using var reader = new StreamReader(packet.GetEntry(name)!.Open());
        return await reader.ReadToEndAsync();
    }
}
