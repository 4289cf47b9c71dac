using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests;

/// <summary>Small Word documents made with the SDK for CLI round trips.</summary>
internal static class SampleDocuments
{
    public static readonly string[] Paragraphs =
    [
        "Access Control Policy",
        "Purpose",
        "This policy limits access to ePHI to authorised users, as 164.312(a)(1) requires.",
        "Authentication",
        "Users prove who they are before access (164.312(d)).",
    ];

    public static string Write(TempFolder folder, string name, WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        var path = folder.File(name);
        using var document = WordprocessingDocument.Create(path, type);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(Paragraphs.Select(t => new Paragraph(new Run(new Text(t)))).Append<OpenXmlElement>(new SectionProperties())));
        return path;
    }

    /// <summary>Replaces the text of the paragraph holding <paramref name="oldText"/>.</summary>
    public static void EditParagraph(string path, string oldText, string newText)
    {
        using var document = WordprocessingDocument.Open(path, true);
        var text = document.MainDocumentPart!.Document.Body!.Descendants<Text>().First(t => t.Text == oldText);
        text.Text = newText;
    }
}
