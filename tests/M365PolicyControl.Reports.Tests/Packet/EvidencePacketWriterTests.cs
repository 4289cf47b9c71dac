using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using M365PolicyControl.Reports.Packet;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Reports.Tests.Packet;

public sealed class EvidencePacketWriterTests
{
    private static readonly string[] EffectiveIds = ["POL-IR-001", "POL-SM-001", "PRC-AU-001", "PRC-IR-001", "PRC-SM-001"];

    [Fact]
    public async Task Packet_HoldsEveryPartOfTheEvidence()
    {
        using var temp = new TempFolder();
        var path = await new PacketFixture().WriteAsync(temp.Path);

        using var zip = ZipFile.OpenRead(path);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();
        string[] expected =
        [
            .. EffectiveIds.Select(id => $"documents/{id}-v1.0.docx"),
            "matrix.xlsx", "matrix.csv", "version-history.csv", "registers/requirements.csv", "registers/exceptions.csv",
            "registers/decisions.csv", "registers/reviews.csv", "registers/acknowledgments.csv", "index.html", "manifest.json",
        ];
        Assert.Equal(expected.Order(), names.Order());
    }

    [Fact]
    public async Task Documents_AreStreamedOneAtATimeAndCopiedVerbatim()
    {
        using var temp = new TempFolder();
        var fixture = new PacketFixture();
        var path = await fixture.WriteAsync(temp.Path);

        Assert.Equal(5, fixture.Opened);
        Assert.Equal(1, fixture.MaxOpenAtOnce);
        using var zip = ZipFile.OpenRead(path);
        var entry = zip.GetEntry("documents/POL-SM-001-v1.0.docx")!;
        using var copy = new MemoryStream();
        await entry.Open().CopyToAsync(copy);
        Assert.StartsWith("stamped body of POL-SM-001 v1.0", Encoding.UTF8.GetString(copy.ToArray()));
    }

    [Fact]
    public async Task Manifest_ListsEveryOtherFileWithItsSizeAndDigest()
    {
        using var temp = new TempFolder();
        var manifest = await EvidencePacketWriter.WriteToFileAsync(new PacketFixture().Input(), temp.File("p.zip"));

        using var zip = ZipFile.OpenRead(temp.File("p.zip"));
        Assert.Equal(zip.Entries.Count - 1, manifest.Files.Count);
        Assert.DoesNotContain(manifest.Files, f => f.Path == PacketManifest.EntryName);
        foreach (var file in manifest.Files)
        {
            using var content = new MemoryStream();
            await zip.GetEntry(file.Path)!.Open().CopyToAsync(content);
            Assert.Equal(file.Size, content.Length);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content.ToArray())), file.Sha256);
        }

        Assert.Equal("m365pc-evidence-packet/1", manifest.Format);
    }

    [Fact]
    public async Task MatrixWorkbookAndRegistersAreReadable()
    {
        using var temp = new TempFolder();
        using var zip = ZipFile.OpenRead(await new PacketFixture().WriteAsync(temp.Path));

        using (var xlsx = new MemoryStream())
        {
            await zip.GetEntry("matrix.xlsx")!.Open().CopyToAsync(xlsx);
            using var workbook = SpreadsheetDocument.Open(xlsx, false);
            Assert.Equal(2, workbook.WorkbookPart!.WorksheetParts.Count());
        }

        var history = await ReadLinesAsync(zip, "version-history.csv");
        Assert.Equal("PolicyId,Title,Version,Status,Author,Modified,Approver,ApprovedOn,EffectiveDate,BodyHash,Comment", history[0]);
        Assert.Contains("POL-SM-001,Security Management & Risk Policy,1.0,Effective,owner1@contoso.onmicrosoft.com,2024-12-20T09:30:00.0000000+00:00,approver1@contoso.onmicrosoft.com,2024-12-20,2025-01-01,ab12,", history);
        Assert.Equal(66, (await ReadLinesAsync(zip, "registers/requirements.csv")).Length);
        Assert.StartsWith("EXC|7,164.312(a)(2)(iv),,2025-09-30,True,", (await ReadLinesAsync(zip, "registers/exceptions.csv"))[1]);
        Assert.Equal("DEC-1,164.308(a)(5)(ii)(A),Alternative,Monthly huddles,,", (await ReadLinesAsync(zip, "registers/decisions.csv"))[1]);
        Assert.Equal(2, (await ReadLinesAsync(zip, "registers/reviews.csv")).Length);
        Assert.Equal("POL-SM-001,1.0,staff1@contoso.onmicrosoft.com,2025-02-01", (await ReadLinesAsync(zip, "registers/acknowledgments.csv"))[1]);
    }

    [Fact]
    public async Task EmptyRegistersStillHaveTheirHeader()
    {
        using var temp = new TempFolder();
        var input = new PacketFixture().Input() with { Reviews = [], Acknowledgments = [] };
        await EvidencePacketWriter.WriteToFileAsync(input, temp.File("p.zip"));

        using var zip = ZipFile.OpenRead(temp.File("p.zip"));
        Assert.Equal(["PolicyId,Version,User,AcknowledgedOn"], await ReadLinesAsync(zip, "registers/acknowledgments.csv"));
    }

    [Fact]
    public async Task DuplicateDocumentNames_AreRefusedAndNoPacketIsLeft()
    {
        using var temp = new TempFolder();
        var input = new PacketFixture().Input();
        var first = input.Coverage.Documents[0];
        input = input with { PacketDocuments = [first, first] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => EvidencePacketWriter.WriteToFileAsync(input, temp.File("p.zip")));

        Assert.Contains("POL-SM-001", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    private static async Task<string[]> ReadLinesAsync(ZipArchive zip, string path)
    {
        using var reader = new StreamReader(zip.GetEntry(path)!.Open());
        return (await reader.ReadToEndAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
