using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Matrix;

namespace M365PolicyControl.Reports.Tests.Matrix;

public sealed class XlsxMatrixWriterTests
{
    private static async Task<SpreadsheetDocument> WriteAndOpenAsync()
    {
        var stream = new MemoryStream();
        await XlsxMatrixWriter.WriteAsync(SampleReport.Report(), stream);
        stream.Position = 0;
        return SpreadsheetDocument.Open(stream, isEditable: false);
    }

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    private static string CellText(Worksheet sheet, string reference) =>
        sheet.Descendants<Cell>().Single(c => c.CellReference == reference).InlineString!.InnerText;

    [Fact]
    public async Task Workbook_ValidatesWithoutErrors()
    {
        using var document = await WriteAndOpenAsync();

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();

        Assert.Empty(errors);
    }

    [Fact]
    public async Task CoverageSheet_HasHeaderAndOneRowPerRequirement()
    {
        using var document = await WriteAndOpenAsync();
        var sheet = Sheet(document, XlsxMatrixWriter.CoverageSheet);

        Assert.Equal(66, sheet.Descendants<Row>().Count());
        Assert.Equal("Citation", CellText(sheet, "A1"));
        Assert.Equal("Status", CellText(sheet, "G1"));
        Assert.Equal("164.308(a)(1)(i)", CellText(sheet, "A2"));
        Assert.Equal("Security management process", CellText(sheet, "B2"));
        Assert.Equal("Covered", CellText(sheet, "G3"));
        Assert.Equal("POL-SM-001 v1.0", CellText(sheet, "H3"));
        Assert.Equal("PRC-SM-001 v1.0", CellText(sheet, "I3"));
        Assert.Equal("164.316(b)(2)(iii)", CellText(sheet, "A66"));
    }

    [Fact]
    public async Task CoverageSheet_FreezesHeaderFiltersAndSizesColumns()
    {
        using var document = await WriteAndOpenAsync();
        var sheet = Sheet(document, XlsxMatrixWriter.CoverageSheet);

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal("A1:O66", sheet.Elements<AutoFilter>().Single().Reference!.Value);
        Assert.Equal(15, sheet.Descendants<Column>().Count());
        Assert.All(sheet.Descendants<Column>(), c => Assert.True(c.CustomWidth!.Value && c.Width!.Value >= 6));
    }

    [Theory]
    [InlineData("164.308(a)(1)(ii)(A)", CoverageStatus.Covered, "FFC6EFCE")]
    [InlineData("164.308(a)(4)(ii)(A)", CoverageStatus.Gap, "FFFFC7CE")]
    [InlineData("164.312(a)(2)(iv)", CoverageStatus.Exception, "FFD9D2E9")]
    [InlineData("164.308(a)(6)(ii)", CoverageStatus.Stale, "FFF8CBAD")]
    public async Task StatusCells_AreFilledWithTheStatusColour(string citation, CoverageStatus status, string argb)
    {
        using var document = await WriteAndOpenAsync();
        var sheet = Sheet(document, XlsxMatrixWriter.CoverageSheet);
        var row = sheet.Descendants<Row>().Single(r => r.Elements<Cell>().First().InnerText == citation);
        var statusCell = row.Elements<Cell>().ElementAt(6);

        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)statusCell.StyleIndex!.Value);
        var fill = stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value).PatternFill!;

        Assert.Equal(StatusStyle.Label(status), statusCell.InnerText);
        Assert.Equal(PatternValues.Solid, fill.PatternType!.Value);
        Assert.Equal(argb, fill.ForegroundColor!.Rgb!.Value);
    }

    [Fact]
    public async Task SummarySheet_HasOverallSafeguardAndStandardRows()
    {
        using var document = await WriteAndOpenAsync();
        var sheet = Sheet(document, XlsxMatrixWriter.SummarySheet);

        var rows = sheet.Descendants<Row>().ToArray();
        Assert.Equal(1 + 1 + 5 + 22, rows.Length);
        Assert.Equal("All", rows[1].Elements<Cell>().First().InnerText);
        Assert.Equal("65", rows[1].Elements<Cell>().ElementAt(2).CellValue!.Text);
    }
}
