using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.SampleGenerator;

/// <summary>Writes one sample as a .docx: styled headings, lists, tables, a header and a footer.</summary>
public static class DocxWriter
{
    /// <summary>The organisation the samples are written for.</summary>
    public const string Organization = "Contoso Health";

    private static readonly DateTime Stamp = new(2025, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    public static void Write(SampleDocument sample, string path)
    {
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        word.PackageProperties.Title = sample.Title;
        word.PackageProperties.Creator = "M365PolicyControl sample generator";
        word.PackageProperties.Created = Stamp;
        word.PackageProperties.Modified = Stamp;

        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = SampleStyles.Build();
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Plain($"{Organization} | {sample.PolicyId} {sample.Title}"));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(Plain($"{Organization} internal use. {sample.Kind} owner: {sample.Owner}. Printed copies are not controlled."));

        var numbering = new SampleNumbering();
        var body = new Body(
            Styled("Title", sample.Title),
            Plain($"{sample.Kind} {sample.PolicyId}. Owner: {sample.Owner}. Review every {sample.ReviewCadenceMonths} months."));
        foreach (var block in sample.Body)
        {
            body.Append(Render(block, numbering));
        }

        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 12240U, Height = 15840U },
            new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 720U, Footer = 720U, Gutter = 0U }));
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering.Build();
        main.Document = new Document(body);
    }

    private static IEnumerable<OpenXmlElement> Render(Block block, SampleNumbering numbering) => block switch
    {
        Heading h => [Styled(h.Level == 1 ? "Heading1" : "Heading2", h.Text)],
        Para p => [Plain(p.Text)],
        BulletList list => list.Items.Select(i => ListItem(i, SampleNumbering.BulletId)),
        NumberedList list => Numbered(list, numbering.NewNumberedList()),
        TableBlock table => [Table(table), Plain("")],
        _ => throw new ArgumentOutOfRangeException(nameof(block), block, "Unknown block."),
    };

    private static IEnumerable<OpenXmlElement> Numbered(NumberedList list, int numId) => list.Items.Select(i => ListItem(i, numId));

    private static Paragraph Plain(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));

    private static Paragraph ListItem(string text, int numId) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = "ListParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numId })),
        new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(TableBlock block)
    {
        var width = 9360 / block.Headers.Count;
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { Val = "04A0" }),
            new TableGrid(block.Headers.Select(_ => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(Row(block.Headers, width, header: true));
        table.Append(block.Rows.Select(r => Row(r, width, header: false)));
        return table;
    }

    private static TableRow Row(IEnumerable<string> cells, int width, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        row.Append(cells.Select(text => Cell(text, width, header)));
        return row;
    }

    private static TableCell Cell(string text, int width, bool header)
    {
        var properties = new TableCellProperties(new TableCellWidth
        {
            Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa,
        });
        var run = new Run();
        if (header)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" });
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new TableCell(properties, new Paragraph(run));
    }
}
