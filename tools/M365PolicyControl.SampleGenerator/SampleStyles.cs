using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.SampleGenerator;

/// <summary>styles.xml of the samples: Normal, Title, Heading 1, Heading 2, List Paragraph and Table Grid.</summary>
internal static class SampleStyles
{
    private const string Accent = "1F3864";

    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = "en-US" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Paragraph("Title", "Title", size: "40", spacingBefore: "0", outline: null),
        Paragraph("Heading1", "heading 1", size: "30", spacingBefore: "360", outline: 0),
        Paragraph("Heading2", "heading 2", size: "25", spacingBefore: "240", outline: 1),
        new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = "Normal" },
            new UIPriority { Val = 34 },
            new PrimaryStyle(),
            new StyleParagraphProperties(new Indentation { Left = "720" }, new ContextualSpacing()))
        { Type = StyleValues.Paragraph, StyleId = "ListParagraph" },
        new Style(
            new StyleName { Val = "Table Grid" },
            new UIPriority { Val = 39 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });

    private static Style Paragraph(string id, string name, string size, string spacingBefore, int? outline)
    {
        var paragraph = new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = spacingBefore, After = "120" });
        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = outline is null ? 10 : 9 },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = size }, new FontSizeComplexScript { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
