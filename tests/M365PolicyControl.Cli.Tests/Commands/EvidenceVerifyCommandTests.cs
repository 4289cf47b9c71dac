using System.CommandLine;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Core.Metadata;
using M365PolicyControl.Reports.Packet;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests.Commands;

public sealed class EvidenceVerifyCommandTests
{
    private static async Task<string> WritePacketAsync(TempFolder temp)
    {
        var policy = new ControlledDocument
        {
            PolicyId = "POL-AC-001",
            Title = "Access Control Policy",
            Status = PolicyStatus.Effective,
            Owner = "owner1@contoso.onmicrosoft.com",
            Requirements = ["164.312(a)(1)"],
        };
        var report = CoverageCalculator.Compute(new CoverageInput(SecurityRuleCatalog.Default, new DateOnly(2025, 6, 30)) { Documents = [policy] });
        var path = temp.File("packet.zip");
        await EvidencePacketWriter.WriteToFileAsync(new EvidencePacketInput
        {
            Coverage = report,
            OpenDocument = (_, _) => Task.FromResult<Stream>(new MemoryStream(Encoding.UTF8.GetBytes("stamped docx bytes"))),
        }, path);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await PolicyCtl.BuildRoot().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task IntactPacket_ExitsZero()
    {
        using var temp = new TempFolder();
        var path = await WritePacketAsync(temp);

        var (exit, output, error) = await RunAsync("evidence", "verify", path);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.StartsWith("OK ", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public async Task TamperedPacket_ExitsOneAndNamesTheFile()
    {
        using var temp = new TempFolder();
        var path = await WritePacketAsync(temp);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry("matrix.csv")!.Delete();
        }

        var (exit, output, _) = await RunAsync("evidence", "verify", path, "--json");

        Assert.Equal(ExitCodes.CheckFailed, exit);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var problem = json.RootElement.GetProperty("problems")[0];
        Assert.Equal("missing", problem.GetProperty("kind").GetString());
        Assert.Equal("matrix.csv", problem.GetProperty("path").GetString());
    }

    [Theory]
    [InlineData("absent.zip", "no such file")]
    [InlineData("text.zip", "not a readable zip archive")]
    public async Task UnreadableInput_ExitsTwoWithOneLineOnStderr(string name, string reason)
    {
        using var temp = new TempFolder();
        await File.WriteAllTextAsync(temp.File("text.zip"), "plain text");

        var (exit, output, error) = await RunAsync("evidence", "verify", temp.File(name));

        Assert.Equal(ExitCodes.Error, exit);
        Assert.Empty(output);
        Assert.Contains(name, error, StringComparison.Ordinal);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
