using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word.Conversion;

/// <summary>
/// Turns a markdown policy into a simple Word document: <c>#</c> lines become Heading 1-6 paragraphs,
/// everything else plain paragraphs. Used to bring policy sets written in markdown into the library.
/// </summary>
public static class MarkdownDocxConverter
{
    /// <summary>Writes a .docx built from <paramref name="markdown"/> to <paramref name="destination"/> (left open).</summary>
    public static void Convert(string markdown, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(destination);
        using var document = WordprocessingDocument.Create(destination, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddHeadingStyles(main);
        var body = new Body();
        foreach (var block in MarkdownBlocks.Parse(markdown))
        {
            body.AppendChild(ToParagraph(block));
        }

        body.AppendChild(new SectionProperties());
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>Converts a markdown file to a .docx file beside the given path (written atomically).</summary>
    public static void ConvertFile(string markdownPath, string docxPath)
    {
        var temp = docxPath + ".tmp";
        using (var output = File.Create(temp))
        {
            Convert(File.ReadAllText(markdownPath), output);
        }

        File.Move(temp, docxPath, overwrite: true);
    }

    private static Paragraph ToParagraph(MarkdownBlock block)
    {
        var paragraph = new Paragraph(new Run(new Text(block.Text) { Space = SpaceProcessingModeValues.Preserve }));
        if (block.HeadingLevel > 0)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{block.HeadingLevel}" }));
        }

        return paragraph;
    }

    private static void AddHeadingStyles(MainDocumentPart main)
    {
        var styles = new Styles(new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle())
        { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

        for (var level = 1; level <= 6; level++)
        {
            styles.AppendChild(new Style(
                new StyleName { Val = $"heading {level}" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = (36 - (level * 4)).ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" });
        }

        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }
}
