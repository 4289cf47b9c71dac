using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>
/// One pass over a body that gathers everything stamping and verifying need: paragraph texts, the product's own
/// content controls, content-control ids in use and section properties in document order.
/// </summary>
internal sealed class BodyScanner
{
    private readonly HeadingStyles _headings;
    private readonly ProductBlocks _excluded;
    private readonly PropertyBindings _bindings;
    private readonly BodyScan _scan;

    private BodyScanner(HeadingStyles headings, ProductBlocks excluded, PropertyBindings bindings)
    {
        _headings = headings;
        _excluded = excluded;
        _bindings = bindings;
        _scan = new BodyScan(excluded);
    }

    /// <summary>Scans a body, leaving out the product's two blocks (found by position, see <see cref="ProductBlocks"/>).</summary>
    public static BodyScan Scan(Body body, HeadingStyles headings, PropertyBindings bindings) =>
        Scan(body, headings, ProductBlocks.Locate(body), bindings);

    /// <summary>Scans the content of any element, leaving out the given blocks.</summary>
    public static BodyScan Scan(OpenXmlElement root, HeadingStyles headings, ProductBlocks excluded, PropertyBindings bindings)
    {
        var scanner = new BodyScanner(headings, excluded, bindings);
        scanner.VisitChildren(root, null, bound: false);
        return scanner._scan;
    }

    private void VisitChildren(OpenXmlElement parent, ParagraphFrame? frame, bool bound)
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling())
        {
            Visit(child, frame, bound);
        }
    }

    private void Visit(OpenXmlElement element, ParagraphFrame? frame, bool bound)
    {
        switch (element)
        {
            case Paragraph paragraph:
                VisitParagraph(paragraph, bound);
                return;
            case Text text:
                frame?.Append(text.Text, bound);
                return;
            case DocumentFormat.OpenXml.Math.Text math:
                frame?.Append(math.Text, bound);
                return;
            case Run run when frame is not null && IsHidden(run):
                var hidden = new ParagraphFrame();
                VisitChildren(run, hidden, bound);
                frame.AppendHidden(hidden.Hashed.ToString(), bound);
                return;
            case TabChar or Break or CarriageReturn or PositionalTab:
                frame?.AppendSpace(bound);
                return;
            case NoBreakHyphen:
                frame?.Append("-", bound);
                return;
            case SdtElement sdt:
                VisitContentControl(sdt, frame, bound);
                return;
            case SectionProperties section:
                _scan.Sections.Add(section);
                return;
            case ParagraphProperties properties:
                if (properties.SectionProperties is { } paragraphSection)
                {
                    _scan.Sections.Add(paragraphSection);
                }

                return;
            case SdtProperties or SdtEndCharProperties or RunProperties or TableProperties or TableCellProperties or TableRowProperties or TableGrid
                or DocumentFormat.OpenXml.AlternateContentFallback:
                // Fallback repeats the Choice's content for older readers; counting it would double the text.
                return;
            default:
                VisitChildren(element, frame, bound);
                return;
        }
    }

    private void VisitParagraph(Paragraph paragraph, bool bound)
    {
        var frame = new ParagraphFrame();
        VisitChildren(paragraph, frame, bound);
        var text = frame.Full.ToString();
        var hashed = frame.Hashed.ToString();
        if (text.Length > 0 || hashed.Length > 0)
        {
            _scan.Paragraphs.Add(new ScannedParagraph(text, hashed, _headings.LevelOf(paragraph.ParagraphProperties)));
        }
    }

    private static bool IsHidden(Run run) =>
        run.RunProperties?.GetFirstChild<Vanish>() is { } vanish && (vanish.Val is null || vanish.Val.Value);

    private void VisitContentControl(SdtElement sdt, ParagraphFrame? frame, bool bound)
    {
        var properties = sdt.SdtProperties;
        if (_excluded.Contains(sdt))
        {
            return;
        }

        if (properties?.GetFirstChild<SdtId>()?.Val?.Value is { } id)
        {
            _scan.ContentControlIds.Add(id);
        }

        var isBound = bound || (properties?.GetFirstChild<DataBinding>() is { } binding && _bindings.MirrorsProperties(binding));
        VisitChildren(sdt, frame, isBound);
    }

    /// <summary>A paragraph's visible text and the text the hash covers.</summary>
    private sealed class ParagraphFrame
    {
        public TextCollector Full { get; } = new();

        public TextCollector Hashed { get; } = new();

        public void Append(string? text, bool bound)
        {
            Full.Append(text);
            if (!bound)
            {
                Hashed.Append(text);
            }
        }

        public void AppendSpace(bool bound)
        {
            Full.AppendSpace();
            if (!bound)
            {
                Hashed.AppendSpace();
            }
        }

        /// <summary>Hidden text is not shown but is hashed between markers, so hiding text changes the hash.</summary>
        public void AppendHidden(string text, bool bound)
        {
            if (!bound && text.Length > 0)
            {
                Hashed.Append(HashMarkers.HiddenStart + text + HashMarkers.HiddenEnd);
            }
        }
    }
}

/// <summary>What <see cref="BodyScanner"/> found.</summary>
internal sealed class BodyScan(ProductBlocks ownBlocks)
{
    public List<ScannedParagraph> Paragraphs { get; } = [];

    /// <summary>The product's control block and mapping, when in place; left out of the paragraphs.</summary>
    public ProductBlocks OwnBlocks { get; } = ownBlocks;

    public HashSet<int> ContentControlIds { get; } = [];

    public List<SectionProperties> Sections { get; } = [];

    /// <summary>The paragraphs with visible text.</summary>
    public IEnumerable<ScannedParagraph> VisibleParagraphs => Paragraphs.Where(p => p.Text.Length > 0);

    /// <summary>Footnote and endnote paragraphs, already marked as such (see <see cref="HashMarkers"/>).</summary>
    public List<string> NoteParagraphs { get; } = [];

    /// <summary>What the body hash covers: the body paragraphs' hashed texts, then the notes.</summary>
    public IEnumerable<string> HashedParagraphs =>
        Paragraphs.Where(p => p.HashedText.Length > 0).Select(p => p.HashedText).Concat(NoteParagraphs);
}
