using System.IO.Compression;
using System.Text;
using M365PolicyControl.Reports.Packet;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Reports.Tests.Packet;

public sealed class EvidencePacketVerifierTests
{
    [Fact]
    public async Task IntactPacket_Verifies()
    {
        using var temp = new TempFolder();
        var path = await new PacketFixture().WriteAsync(temp.Path);

        var result = EvidencePacketVerifier.Verify(path);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(14, result.FilesChecked);
    }

    [Fact]
    public async Task ARewrittenEntry_FailsAsChanged()
    {
        using var temp = new TempFolder();
        var path = await new PacketFixture().WriteAsync(temp.Path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("registers/exceptions.csv")!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = await reader.ReadToEndAsync();
            }

            entry.Delete();
            await using var writer = new StreamWriter(zip.CreateEntry("registers/exceptions.csv").Open());
            await writer.WriteAsync(text.Replace("2025-09-30", "2026-09-30", StringComparison.Ordinal));
        }

        var result = EvidencePacketVerifier.Verify(path);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(PacketProblemKind.Changed, problem.Kind);
        Assert.Equal("registers/exceptions.csv", problem.Path);
    }

    [Fact]
    public async Task OneFlippedByteInsideADocument_FailsIt()
    {
        using var temp = new TempFolder();
        var path = await new PacketFixture().WriteAsync(temp.Path);
        var bytes = await File.ReadAllBytesAsync(path);
        var marker = Encoding.UTF8.GetBytes("stamped body of PRC-IR-001");
        var at = bytes.AsSpan().IndexOf(marker);
        Assert.True(at > 0, "documents are stored uncompressed, so their bytes appear in the zip");

        bytes[at + marker.Length + 100] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);
        var result = EvidencePacketVerifier.Verify(path);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(PacketProblemKind.Changed, problem.Kind);
        Assert.Equal("documents/PRC-IR-001-v1.0.docx", problem.Path);
    }

    [Fact]
    public async Task ARemovedFile_FailsAsMissing()
    {
        using var temp = new TempFolder();
        var path = await new PacketFixture().WriteAsync(temp.Path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry("matrix.csv")!.Delete();
        }

        var problem = Assert.Single(EvidencePacketVerifier.Verify(path).Problems);

        Assert.Equal(new PacketProblem(PacketProblemKind.Missing, "matrix.csv", problem.Detail), problem);
    }

    [Fact]
    public async Task AnAddedFile_FailsAsExtra()
    {
        using var temp = new TempFolder();
        var path = await new PacketFixture().WriteAsync(temp.Path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            await using var writer = new StreamWriter(zip.CreateEntry("documents/POL-FAKE-001-v1.0.docx").Open());
            await writer.WriteAsync("not evidence");
        }

        var problem = Assert.Single(EvidencePacketVerifier.Verify(path).Problems);

        Assert.Equal(PacketProblemKind.Extra, problem.Kind);
        Assert.Equal("documents/POL-FAKE-001-v1.0.docx", problem.Path);
    }

    [Fact]
    public async Task ARemovedManifest_Fails()
    {
        using var temp = new TempFolder();
        var path = await new PacketFixture().WriteAsync(temp.Path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry(PacketManifest.EntryName)!.Delete();
        }

        var result = EvidencePacketVerifier.Verify(path);

        Assert.False(result.IsValid);
        Assert.Equal(PacketProblemKind.Manifest, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void AFileThatIsNotAZip_IsAnError()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("packet.zip"), "plain text");

        var error = Assert.Throws<InvalidDataException>(() => EvidencePacketVerifier.Verify(temp.File("packet.zip")));

        Assert.Contains("packet.zip", error.Message, StringComparison.Ordinal);
    }
}
