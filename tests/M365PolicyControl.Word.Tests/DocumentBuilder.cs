using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word.Tests;

/// <summary>Builds small in-memory Word documents for engine tests.</summary>
internal sealed class DocumentBuilder
{
    private readonly List<OpenXmlElement> _blocks = [];
    private readonly List<Action<WordprocessingDocument>> _extras = [];

    public DocumentBuilder Heading(string text) => Add(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new Text(text))));

    public DocumentBuilder Paragraph(string text) => Add(new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));

    public DocumentBuilder Add(OpenXmlElement block)
    {
        _blocks.Add(block);
        return this;
    }

    public DocumentBuilder With(Action<WordprocessingDocument> extra)
    {
        _extras.Add(extra);
        return this;
    }

    public byte[] Build(SectionProperties? finalSection = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_blocks.Select(b => b.CloneNode(true))));
            main.Document.Body!.Append(finalSection ?? new SectionProperties());
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new Style(new StyleName { Val = "heading 1" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
            _extras.ForEach(e => e(document));
        }

        return stream.ToArray();
    }

    public static string AddHeader(MainDocumentPart main, string text)
    {
        var part = main.AddNewPart<HeaderPart>();
        part.Header = new Header(new Paragraph(new Run(new Text(text))));
        return main.GetIdOfPart(part);
    }

    public static string AddFooter(MainDocumentPart main, string text)
    {
        var part = main.AddNewPart<FooterPart>();
        part.Footer = new Footer(new Paragraph(new Run(new Text(text))));
        return main.GetIdOfPart(part);
    }

    public static byte[] Stamp(byte[] document, StampOptions? options = null, Core.Metadata.PolicyMetadata? metadata = null)
    {
        using var output = new MemoryStream();
        new DocumentStamper().Stamp(new MemoryStream(document), output, metadata ?? SampleMetadata.AccessControl(), options);
        return output.ToArray();
    }
}
