using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>Plain bordered tables for the control block and the mapping; every cell holds a paragraph.</summary>
internal static class TableBuilder
{
    private const int CellTextHalfPoints = 18;

    public static Table Create(IReadOnlyList<int> columnWidthsDxa, IEnumerable<TableRow> rows)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(columnWidthsDxa.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        table.Append(rows);
        return table;
    }

    public static TableRow Row(IReadOnlyList<int> columnWidthsDxa, IReadOnlyList<string> cells, bool header = false, bool shadeFirst = false)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var shaded = header || (shadeFirst && i == 0);
            row.Append(Cell(columnWidthsDxa[i], cells[i], shaded, bold: shaded));
        }

        return row;
    }

    private static TableCell Cell(int widthDxa, string text, bool shaded, bool bold)
    {
        var properties = new TableCellProperties(new TableCellWidth
        {
            Width = widthDxa.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Dxa,
        });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
        }

        return new TableCell(properties, ContentControlFactory.Paragraph(text, bold, CellTextHalfPoints));
    }

    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" });
}
