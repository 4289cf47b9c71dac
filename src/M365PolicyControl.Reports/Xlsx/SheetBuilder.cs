using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace M365PolicyControl.Reports.Xlsx;

/// <summary>Builds one worksheet row by row with inline strings, then adds widths, a frozen header and a filter.</summary>
internal sealed class SheetBuilder(IReadOnlyList<(string Header, double Width)> columns)
{
    private readonly SheetData _data = new();
    private uint _rowIndex;

    public int RowCount => (int)_rowIndex;

    /// <summary>The A1 reference of the table: header row through last row.</summary>
    public string Range => $"A1:{ColumnName(columns.Count - 1)}{Math.Max(_rowIndex, 1)}";

    public void AddHeader() => AddRow(columns.Select(c => Text(c.Header, XlsxStyles.Header)));

    public void AddRow(IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = ++_rowIndex };
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = ColumnName(column++) + _rowIndex.ToString(CultureInfo.InvariantCulture);
            row.Append(cell);
        }

        _data.Append(row);
    }

    public static Cell Text(string value, uint style = XlsxStyles.Default) => new(new InlineString(new Text(value)
    {
        Space = value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])) ? SpaceProcessingModeValues.Preserve : null,
    }))
    {
        DataType = CellValues.InlineString,
        StyleIndex = style == XlsxStyles.Default ? null : style,
    };

    public static Cell Number(double value) => new(new CellValue(value.ToString("R", CultureInfo.InvariantCulture)))
    {
        DataType = CellValues.Number,
    };

    /// <summary>The finished worksheet: frozen header row, column widths, data, and (optionally) an autofilter.</summary>
    public Worksheet Build(bool autoFilter)
    {
        var pane = new Pane
        {
            VerticalSplit = 1D,
            TopLeftCell = "A2",
            ActivePane = PaneValues.BottomLeft,
            State = PaneStateValues.Frozen,
        };
        var selection = new Selection
        {
            Pane = PaneValues.BottomLeft,
            ActiveCell = "A2",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" },
        };
        var worksheet = new Worksheet(
            new SheetViews(new SheetView(pane, selection) { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            new Columns(columns.Select((c, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true,
            })),
            _data);
        if (autoFilter)
        {
            worksheet.Append(new AutoFilter { Reference = Range });
        }

        return worksheet;
    }

    /// <summary>Spreadsheet column letters for a zero-based index: 0 is A, 26 is AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
