using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>Writes the requirement mapping (heading and table) in a content control at the end of the body, before the final section properties.</summary>
internal static class MappingTableWriter
{
    // Wide enough at 9 pt for "Implementation" and a citation such as 164.308(a)(1)(ii)(A) on one line.
    private static readonly int[] ColumnPercents = [24, 19, 17, 7, 15, 18];

    private static readonly string[] Header = ["Citation", "Requirement", "Type", "R/A", "Where addressed", "Procedures"];

    public static SdtBlock Append(Body body, string catalogTitle, IReadOnlyList<MappingRow> rows, int contentControlId)
    {
        var finalSection = body.LastChild as SectionProperties;
        var columns = new TableColumns(ColumnPercents, SectionLayout.ColumnWidthDxa(finalSection), new HashSet<int> { 0 });
        var tableRows = new List<TableRow> { TableBuilder.Row(columns, Header, header: true) };
        tableRows.AddRange(rows.Select(r => TableBuilder.Row(
            columns, [r.Citation, r.Name, r.Kind, r.Implementation, r.WhereAddressed, r.ImplementingProcedures])));
        if (rows.Count == 0)
        {
            tableRows.Add(TableBuilder.Row(columns, ["—", "No requirements mapped", "—", "—", "—", "—"]));
        }

        var block = ContentControlFactory.Block(
            StampTags.Mapping,
            "Requirement mapping",
            contentControlId,
            ContentControlFactory.Paragraph(string.Empty),
            ContentControlFactory.Paragraph($"Requirement mapping — {catalogTitle}", bold: true, halfPoints: 24),
            TableBuilder.Create(columns, tableRows),
            ContentControlFactory.Paragraph(string.Empty));

        if (finalSection is not null)
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
