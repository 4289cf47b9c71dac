using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>
/// Plain bordered tables for the control block and the mapping; every cell holds a paragraph. Columns are given as
/// percentages of the text width: the grid is worked out from the section's width, the cells carry percentages and
/// the layout is autofit, so Word and LibreOffice widen a column rather than break a word.
/// </summary>
internal static class TableBuilder
{
    private const int CellTextHalfPoints = 18;

    public static Table Create(TableColumns columns, IEnumerable<TableRow> rows)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                Borders(),
                new TableLayout { Type = TableLayoutValues.Autofit }),
            new TableGrid(columns.GridDxa.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(rows);
        return table;
    }

    public static TableRow Row(TableColumns columns, IReadOnlyList<string> cells, bool header = false, bool shadeFirst = false)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var shaded = header || (shadeFirst && i == 0);
            row.Append(Cell(columns.Percents[i], cells[i], shaded, bold: shaded, noWrap: columns.NoWrap.Contains(i)));
        }

        return row;
    }

    private static TableCell Cell(int percent, string text, bool shaded, bool bold, bool noWrap)
    {
        var properties = new TableCellProperties(new TableCellWidth
        {
            // Percent widths are written in fiftieths of a percent.
            Width = (percent * 50).ToString(CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Pct,
        });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
        }

        if (noWrap)
        {
            properties.Append(new NoWrap());
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

/// <summary>A table's columns as whole percentages of the text width (summing to 100), and the ones that must not wrap.</summary>
internal sealed record TableColumns(IReadOnlyList<int> Percents, int TextWidthDxa, IReadOnlySet<int> NoWrap)
{
    public IEnumerable<int> GridDxa => Percents.Select(p => TextWidthDxa * p / 100);
}
