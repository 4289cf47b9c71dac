using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word.Tests;

public sealed class MappingAndControlBlockTests
{
    [Fact]
    public void Stamp_MappingRows_NameRequirementKindAndWhereAddressed()
    {
        var source = new DocumentBuilder()
            .Heading("Unique user identification").Paragraph("Each user gets an ID, see 164.312(a)(1).")
            .Heading("Authentication").Paragraph("Nothing cited here.")
            .Build();
        var metadata = SampleMetadata.AccessControl() with { Requirements = ["164.312(a)(1)", "164.312(d)", "164.530(c)"] };
        using var output = new MemoryStream();

        var result = new DocumentStamper().Stamp(new MemoryStream(source), output, metadata);

        var rows = result.MappingRows.ToDictionary(r => r.Citation);
        Assert.Equal("Unique user identification", rows["164.312(a)(1)"].WhereAddressed);
        Assert.Equal("Standard", rows["164.312(a)(1)"].Kind);
        Assert.Equal("R", rows["164.312(a)(1)"].Implementation);
        Assert.Equal("Whole document", rows["164.312(d)"].WhereAddressed);
        Assert.Equal("outside the Security Rule", rows["164.530(c)"].Name);
        Assert.All(rows.Values, r => Assert.Equal("PRC-AC-001, PRC-AC-002", r.ImplementingProcedures));
    }

    [Fact]
    public void Stamp_UnknownCitation_IsRefusedBeforeTheDocumentIsRead()
    {
        var metadata = SampleMetadata.AccessControl() with { Requirements = ["164.312(z)"] };

        var error = Assert.Throws<WordDocumentException>(() =>
            new DocumentStamper().Stamp(new MemoryStream([1, 2, 3]), new MemoryStream(), metadata));

        Assert.Equal(WordDocumentError.InvalidMetadata, error.Reason);
        Assert.Contains("164.312(z)", error.Message);
    }

    [Fact]
    public void Stamp_PutsControlBlockFirstAndMappingBeforeTheFinalSection()
    {
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder().Paragraph("Body").Build());

        using var document = WordprocessingDocument.Open(new MemoryStream(stamped), false);
        var children = document.MainDocumentPart!.Document.Body!.ChildElements.ToList();
        Assert.Equal(StampTags.ControlBlock, StampedPackage.TagOf((SdtBlock)children[0]));
        Assert.Equal(StampTags.Mapping, StampedPackage.TagOf((SdtBlock)children[^2]));
        Assert.IsType<SectionProperties>(children[^1]);
        var controlText = children[0].InnerText;
        Assert.Contains("Effective dateJanuary 15, 2026", controlText);
        Assert.Contains("Next review dueJanuary 10, 2027", controlText);
    }

    [Fact]
    public void Reader_GivesHeadingsAndTitle_WithoutOurContentControls()
    {
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder().Heading("Access Control Policy").Paragraph("Body text here.").Build());

        var content = WordDocumentReader.Read(new MemoryStream(stamped));

        Assert.Equal(["Access Control Policy", "Body text here."], content.Paragraphs.Select(p => p.Text));
        Assert.Equal("Access Control Policy", content.Title);
        Assert.Equal(1, content.Headings.Single().HeadingLevel);
    }
}
