using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>Reads the body text and headings of a Word document, leaving out the product's own content controls.</summary>
public static class WordDocumentReader
{
    /// <summary>Reads a .docx/.docm/.dotx stream.</summary>
    /// <exception cref="WordDocumentException">The stream is not a readable Word document.</exception>
    public static WordDocumentContent Read(Stream document)
    {
        using var buffer = WordPackageGuard.ReadChecked(document);
        using var package = WordPackageOpener.Open(buffer, editable: false);
        var scan = Scan(package);
        var coreTitle = WordPackageOpener.Guarded(() => package.PackageProperties.Title);
        var visible = scan.VisibleParagraphs.ToList();
        return new WordDocumentContent(visible, string.IsNullOrWhiteSpace(coreTitle) ? null : coreTitle.Trim());
    }

    internal static BodyScan Scan(WordprocessingDocument package)
    {
        var body = WordPackageOpener.LoadBody(package);
        var main = package.MainDocumentPart!;
        var headings = WordPackageOpener.Guarded(() => HeadingStyles.From(main.StyleDefinitionsPart));
        var bindings = WordPackageOpener.Guarded(() => PropertyBindings.From(main));
        var scan = BodyScanner.Scan(body, headings, bindings);
        WordPackageOpener.Guarded(() =>
        {
            AddNotes(scan, main.FootnotesPart?.Footnotes?.Elements<Footnote>(), HashMarkers.Footnote, bindings);
            AddNotes(scan, main.EndnotesPart?.Endnotes?.Elements<Endnote>(), HashMarkers.Endnote, bindings);
            return scan;
        });
        return scan;
    }

    // Notes are policy text too; the separator and continuation notes Word keeps in every notes part are not.
    private static void AddNotes(BodyScan scan, IEnumerable<FootnoteEndnoteType>? notes, string marker, PropertyBindings bindings)
    {
        foreach (var note in notes ?? [])
        {
            if (note.Type?.Value is { } type && type != FootnoteEndnoteValues.Normal)
            {
                continue;
            }

            var noteScan = BodyScanner.Scan(note, HeadingStyles.None, new ProductBlocks(null, null), bindings);
            scan.NoteParagraphs.AddRange(noteScan.HashedParagraphs.Select(text => marker + text));
        }
    }
}

/// <summary>The readable content of a document's body.</summary>
/// <param name="Paragraphs">Every non-empty body paragraph in order (see <see cref="ScannedParagraph"/>).</param>
/// <param name="CoreTitle">The title document property, when set.</param>
public sealed record WordDocumentContent(IReadOnlyList<ScannedParagraph> Paragraphs, string? CoreTitle)
{
    public IEnumerable<ScannedParagraph> Headings => Paragraphs.Where(p => p.IsHeading);

    /// <summary>The paragraph texts joined with "\n".</summary>
    public string Text => string.Join('\n', Paragraphs.Select(p => p.Text));

    /// <summary>The best guess at the title: the title property, else the first top-level heading, else the first paragraph.</summary>
    public string? Title => CoreTitle
        ?? Headings.OrderBy(h => h.HeadingLevel).FirstOrDefault()?.Text
        ?? Paragraphs.FirstOrDefault()?.Text;

    /// <summary>The words of the body, counted as runs of non-whitespace.</summary>
    public int WordCount => Paragraphs.Sum(p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
