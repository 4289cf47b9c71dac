using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>Writes the control block: a heading line and a field/value table in a content control at the top of the body.</summary>
internal static class ControlBlockWriter
{
    private static readonly int[] ColumnPercents = [29, 71];

    /// <summary>
    /// Inserts the block. When the first section has several columns the block gets a single-column section of its
    /// own (a continuous section break at its end), returned so that its headers and footers are stamped too.
    /// </summary>
    public static (SdtBlock Block, SectionProperties? OwnSection) Insert(
        Body body, StampValues values, int contentControlId, SectionProperties? firstSection)
    {
        var ownSection = SectionLayout.IsMultiColumn(firstSection) ? SingleColumnCopy(firstSection!) : null;
        var columns = new TableColumns(ColumnPercents, SectionLayout.ColumnWidthDxa(ownSection ?? firstSection), new HashSet<int>());
        var rows = values.DisplayRows.Select(r => TableBuilder.Row(columns, [r.Label, r.Value], shadeFirst: true));
        var block = ContentControlFactory.Block(
            StampTags.ControlBlock,
            "Policy control block",
            contentControlId,
            ContentControlFactory.Paragraph("Document control", bold: true, halfPoints: 24),
            TableBuilder.Create(columns, rows),
            ContentControlFactory.Paragraph(string.Empty));
        if (ownSection is not null)
        {
            block.SdtContentBlock!.Append(new Paragraph(new ParagraphProperties(ownSection)));
            // The author's first section now follows ours on the same page.
            firstSection!.RemoveAllChildren<SectionType>();
            InsertBeforeFirst(firstSection, new SectionType { Val = SectionMarkValues.Continuous },
                e => e is not (HeaderReference or FooterReference or FootnoteProperties or EndnoteProperties));
        }

        body.PrependChild(block);
        return (block, ownSection);
    }

    private static SectionProperties SingleColumnCopy(SectionProperties section)
    {
        var copy = (SectionProperties)section.CloneNode(true);
        copy.RemoveAllChildren<Columns>();
        copy.RemoveAllChildren<SectionPropertiesChange>();
        InsertBeforeFirst(copy, new Columns { Space = "720" },
            e => e is FormProtection or VerticalTextAlignmentOnPage or NoEndnote or TitlePage or TextDirection or BiDi
                or GutterOnRight or DocGrid or PrinterSettingsReference);
        return copy;
    }

    // Section properties are a schema sequence; a child must go before the first element that follows it there.
    private static void InsertBeforeFirst(SectionProperties section, OpenXmlElement child, Func<OpenXmlElement, bool> follows)
    {
        if (section.ChildElements.FirstOrDefault(follows) is { } next)
        {
            section.InsertBefore(child, next);
        }
        else
        {
            section.Append(child);
        }
    }
}
