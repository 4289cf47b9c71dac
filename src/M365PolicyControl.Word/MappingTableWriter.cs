using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>Writes the requirement mapping (heading and table) in a content control at the end of the body, before the final section properties.</summary>
internal static class MappingTableWriter
{
    private static readonly int[] ColumnWidths = [1500, 2200, 1300, 500, 2160, 1700];

    private static readonly string[] Header =
        ["Citation", "Requirement", "Standard or specification", "R/A", "Where addressed", "Implementing procedures"];

    public static SdtBlock Append(Body body, string catalogTitle, IReadOnlyList<MappingRow> rows, int contentControlId)
    {
        var tableRows = new List<TableRow> { TableBuilder.Row(ColumnWidths, Header, header: true) };
        tableRows.AddRange(rows.Select(r => TableBuilder.Row(
            ColumnWidths, [r.Citation, r.Name, r.Kind, r.Implementation, r.WhereAddressed, r.ImplementingProcedures])));
        if (rows.Count == 0)
        {
            tableRows.Add(TableBuilder.Row(ColumnWidths, ["—", "No requirements mapped", "—", "—", "—", "—"]));
        }

        var block = ContentControlFactory.Block(
            StampTags.Mapping,
            "Requirement mapping",
            contentControlId,
            ContentControlFactory.Paragraph(string.Empty),
            ContentControlFactory.Paragraph($"Requirement mapping — {catalogTitle}", bold: true, halfPoints: 24),
            TableBuilder.Create(ColumnWidths, tableRows),
            ContentControlFactory.Paragraph(string.Empty));

        if (body.LastChild is SectionProperties finalSection)
        {
            body.InsertBefore(block, finalSection);
        }
        else
        {
            body.AppendChild(block);
        }

        return block;
    }
}
