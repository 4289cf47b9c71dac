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
    private readonly BodyScan _scan = new();

    private BodyScanner(HeadingStyles headings) => _headings = headings;

    public static BodyScan Scan(Body body, HeadingStyles headings)
    {
        var scanner = new BodyScanner(headings);
        scanner.VisitChildren(body, null, bound: false);
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
        if (StampTags.IsOurs(properties?.GetFirstChild<Tag>()?.Val?.Value))
        {
            _scan.OwnControls.Add(sdt);
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
internal sealed class BodyScan
{
    public List<ScannedParagraph> Paragraphs { get; } = [];

    public List<SdtElement> OwnControls { get; } = [];

    public HashSet<int> ContentControlIds { get; } = [];

    public List<SectionProperties> Sections { get; } = [];

    public IEnumerable<string> HashedParagraphs =>
        Paragraphs.Where(p => p.HashedText.Length > 0).Select(p => p.HashedText);
}
