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
    private readonly BodyScan _scan;

    private BodyScanner(HeadingStyles headings, ProductBlocks excluded)
    {
        _headings = headings;
        _excluded = excluded;
        _scan = new BodyScan(excluded);
    }

    /// <summary>Scans a body, leaving out the product's two blocks (found by position, see <see cref="ProductBlocks"/>).</summary>
    public static BodyScan Scan(Body body, HeadingStyles headings) => Scan(body, headings, ProductBlocks.Locate(body));

    /// <summary>Scans the content of any element, leaving out the given blocks.</summary>
    public static BodyScan Scan(OpenXmlElement root, HeadingStyles headings, ProductBlocks excluded)
    {
        var scanner = new BodyScanner(headings, excluded);
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
        if (text.Length > 0)
        {
            _scan.Paragraphs.Add(new ScannedParagraph(text, frame.Hashed.ToString(), _headings.LevelOf(paragraph.ParagraphProperties)));
        }
    }

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

        var isBound = bound || properties?.GetFirstChild<DataBinding>() is not null;
        VisitChildren(sdt, frame, isBound);
    }

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

    public IEnumerable<string> HashedParagraphs =>
        Paragraphs.Where(p => p.HashedText.Length > 0).Select(p => p.HashedText);
}
