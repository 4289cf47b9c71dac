using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word.Tests;

public sealed class LayoutTests
{
    [Fact]
    public void MappingTable_FitsTheSectionsTextWidth_WithShortHeadersAndAnUnwrappedCitation()
    {
        // A4 with 2 cm margins: 11906 - 2 * 1134 = 9638 dxa of text.
        var section = new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Left = 1134, Right = 1134 });
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder().Paragraph("Body").Build(section));

        using var package = WordprocessingDocument.Open(new MemoryStream(stamped), false);
        var table = Tagged(package, StampTags.Mapping).Descendants<Table>().Single();
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        var header = table.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText).ToList();
        var firstDataRow = table.Elements<TableRow>().ElementAt(1).Elements<TableCell>().ToList();

        Assert.InRange(grid, 9638 - 6, 9638);
        Assert.Equal(["Citation", "Requirement", "Type", "R/A", "Where addressed", "Procedures"], header);
        Assert.NotNull(firstDataRow[0].TableCellProperties!.GetFirstChild<NoWrap>());
        Assert.All(firstDataRow, c => Assert.Equal(TableWidthUnitValues.Pct, c.TableCellProperties!.TableCellWidth!.Type!.Value));
        Assert.NotEqual(TableLayoutValues.Fixed, table.GetFirstChild<TableProperties>()!.TableLayout?.Type?.Value);
    }

    [Fact]
    public void ControlBlock_InAMultiColumnFirstSection_GetsASingleColumnSectionOfItsOwn()
    {
        var section = new SectionProperties(new Columns { ColumnCount = 3, Space = "425" });
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder().Paragraph("Body").Build(section));

        using var package = WordprocessingDocument.Open(new MemoryStream(stamped), false);
        var own = Tagged(package, StampTags.ControlBlock).Descendants<SectionProperties>().Single();
        var author = package.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;

        Assert.Null(own.GetFirstChild<Columns>()!.ColumnCount);
        Assert.Equal(3, author.GetFirstChild<Columns>()!.ColumnCount!.Value);
        Assert.Equal(SectionMarkValues.Continuous, author.GetFirstChild<SectionType>()!.Val!.Value);
        Assert.Equal(VerifyStatus.Unchanged, StampVerifier.Verify(new MemoryStream(stamped)).Status);
        Assert.Equal(VerifyStatus.Unchanged, StampVerifier.Verify(new MemoryStream(DocumentBuilder.Stamp(stamped))).Status);
    }

    private static SdtBlock Tagged(WordprocessingDocument package, string tag) =>
        package.MainDocumentPart!.Document.Body!.Descendants<SdtBlock>().Single(s => StampedPackage.TagOf(s) == tag);
}
