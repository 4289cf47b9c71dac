using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Matrix;
using M365PolicyControl.Reports.Packet;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests.Lifecycle;

public sealed class DemoTests
{
    [Fact]
    public async Task Demo_OnTheSamples_ApprovesStampsAndWritesTheMatrixAndAPacketThatVerifies()
    {
        using var output = new TempFolder();

        var result = await DemoRunner.RunAsync(RepoPaths.InRepo("provisioning", "samples"), output.Path);

        Assert.Equal(14, result.Documents);
        Assert.Equal(result.Documents, result.Effective);
        Assert.Empty(result.Refused);
        Assert.True(result.Coverage.Counts[CoverageStatus.Covered] > 0, "some requirements are covered by a policy and a procedure");
        Assert.True(result.Coverage.Counts[CoverageStatus.Gap] > 0, "the samples leave real gaps");
        Assert.Equal(1, result.Coverage.Counts[CoverageStatus.Exception]);
        Assert.Equal(1, result.Coverage.Counts[CoverageStatus.Decision]);
        Assert.Equal(5, result.MatrixFiles.Count);
        Assert.All(result.MatrixFiles, f => Assert.True(new FileInfo(f).Length > 0, f));
        Assert.True(EvidencePacketVerifier.Verify(result.EvidencePacket).IsValid);
        Assert.True(File.Exists(result.EvidenceIndex));
        Assert.Equal(14, Directory.GetFiles(Path.Combine(output.Path, "evidence", "documents")).Length);
    }

    [SharedFact("corpus/policies")]
    public async Task Demo_OnEachCorpusPolicySet_MapsTheSecurityRuleCitationsTheDocumentsState()
    {
        var parser = new CitationParser(SecurityRuleCatalog.Default);
        foreach (var set in Directory.GetDirectories(RepoPaths.CorpusPolicies))
        {
            using var output = new TempFolder();
            var result = await DemoRunner.RunAsync(set, output.Path);
            await using var csv = File.OpenRead(Path.Combine(output.Path, "coverage-matrix.csv"));
            var rows = (await CsvMatrixWriter.ReadAsync(csv)).ToDictionary(r => r.Citation);

            var checkedCitations = 0;
            foreach (var markdown in Directory.GetFiles(set, "*.md").Where(f => result.Imported.Any(i => i.FileName == Path.GetFileNameWithoutExtension(f) + ".docx")))
            {
                var policyId = result.Imported.Single(i => i.FileName == Path.GetFileNameWithoutExtension(markdown) + ".docx").PolicyId;
                var stated = parser.FindInText(await File.ReadAllTextAsync(markdown)).SelectMany(r => r.Requirements).Select(r => r.Citation).Distinct();
                foreach (var citation in stated)
                {
                    Assert.True(
                        rows[citation].Policies.Concat(rows[citation].Procedures).Any(label => label.StartsWith(policyId, StringComparison.Ordinal)),
                        $"{Path.GetFileName(set)}/{Path.GetFileName(markdown)} states {citation}, but the matrix row lists {string.Join(", ", rows[citation].Policies)}");
                    checkedCitations++;
                }
            }

            Assert.True(checkedCitations > 20, $"{set}: only {checkedCitations} citations checked");
        }
    }
}
