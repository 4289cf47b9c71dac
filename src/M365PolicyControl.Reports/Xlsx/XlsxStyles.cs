using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Matrix;

namespace M365PolicyControl.Reports.Xlsx;

/// <summary>The workbook stylesheet: a bold shaded header and one solid fill per coverage status.</summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    private const uint FirstStatus = 2;
    private const uint FirstStatusFill = 3;

    /// <summary>The cell format index that paints a status cell.</summary>
    public static uint ForStatus(CoverageStatus status) => FirstStatus + (uint)status;

    public static Stylesheet Build()
    {
        var statuses = Enum.GetValues<CoverageStatus>();
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("D9E1F2"));
        fills.Append(statuses.Select(s => Solid(StatusStyle.FillRgb(s))));
        fills.Count = (uint)fills.ChildElements.Count;

        var formats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true });
        formats.Append(statuses.Select((_, i) => new CellFormat
        {
            FontId = 0, FillId = FirstStatusFill + (uint)i, BorderId = 0, FormatId = 0, ApplyFill = true,
        }));
        formats.Count = (uint)formats.ChildElements.Count;

        return new Stylesheet(
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            fills,
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Fill Solid(string rgb) => new(new PatternFill(
        new ForegroundColor { Rgb = HexBinaryValue.FromString("FF" + rgb) },
        new BackgroundColor { Indexed = 64 })
    { PatternType = PatternValues.Solid });

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
