using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>Writes the control block: a heading line and a field/value table in a content control at the top of the body.</summary>
internal static class ControlBlockWriter
{
    private static readonly int[] ColumnWidths = [2700, 6660];

    public static SdtBlock Insert(Body body, StampValues values, int contentControlId)
    {
        var rows = values.DisplayRows.Select(r => TableBuilder.Row(ColumnWidths, [r.Label, r.Value], shadeFirst: true));
        var block = ContentControlFactory.Block(
            StampTags.ControlBlock,
            "Policy control block",
            contentControlId,
            ContentControlFactory.Paragraph("Document control", bold: true, halfPoints: 24),
            TableBuilder.Create(ColumnWidths, rows),
            ContentControlFactory.Paragraph(string.Empty));
        body.PrependChild(block);
        return block;
    }
}
