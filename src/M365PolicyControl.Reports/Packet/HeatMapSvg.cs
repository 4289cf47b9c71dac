using System.Globalization;
using System.Xml.Linq;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Matrix;

namespace M365PolicyControl.Reports.Packet;

/// <summary>
/// The coverage heat map: one band per safeguard area, one line per standard, one square per requirement
/// (the standard first, then its specifications) coloured by status, with the standard's satisfied share.
/// </summary>
internal static class HeatMapSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const int LabelWidth = 470;
    private const int Cell = 18;
    private const int Gap = 4;
    private const int Line = Cell + Gap;

    public static XElement Build(CoverageReport report)
    {
        var content = new List<XElement>();
        var y = 0;
        content.Add(Legend());
        var maxCells = report.Rows.GroupBy(r => r.Requirement.StandardCitation).Max(g => g.Count());
        foreach (var area in report.Rows.GroupBy(r => r.Requirement.Safeguard))
        {
            var rollup = report.BySafeguard.Single(r => r.Key == area.Key.ToString());
            y += Line;
            content.Add(Text(0, y + 14, $"{rollup.Title}: {Percent(rollup.SatisfiedPercent)} satisfied", bold: true));
            foreach (var standard in area.GroupBy(r => r.Requirement.StandardCitation))
            {
                y += Line;
                content.Add(StandardLine(standard.ToArray(), report.ByStandard.Single(r => r.Key == standard.Key), y, maxCells));
            }
        }

        var width = Math.Max(Enum.GetValues<CoverageStatus>().Length * 90, LabelWidth + (maxCells * Line) + 80);
        return new XElement(Svg + "svg",
            new XAttribute("id", "heatmap"), new XAttribute("role", "img"),
            new XAttribute("width", width), new XAttribute("height", y + Line),
            new XAttribute("viewBox", $"0 0 {width} {y + Line}"),
            new XAttribute("font-family", "Segoe UI, Helvetica, Arial, sans-serif"), new XAttribute("font-size", 12),
            new XElement(Svg + "title", $"Coverage heat map, {report.Catalog.Id}, as of {MatrixRow.Iso(report.AsOf)}"),
            content);
    }

    private static XElement StandardLine(RequirementCoverage[] rows, CoverageRollup rollup, int y, int maxCells)
    {
        var label = $"{rollup.Key} {rollup.Title}";
        var squares = rows.Select((row, i) => Square(LabelWidth + (i * Line), y, row.Status,
            $"{row.Requirement.Citation} {row.Requirement.Name}: {StatusStyle.Label(row.Status)}"));
        var percentX = LabelWidth + (maxCells * Line) + 8;
        return new XElement(Svg + "g", new XAttribute("id", "heat-" + rollup.Key), new XAttribute("data-standard", rollup.Key),
            Text(12, y + 14, label.Length > 70 ? label[..69] + "…" : label),
            squares,
            Text(percentX, y + 14, Percent(rollup.SatisfiedPercent)));
    }

    private static XElement Legend()
    {
        var items = Enum.GetValues<CoverageStatus>().Select((status, i) => new XElement(Svg + "g",
            Square(i * 90, 0, status, StatusStyle.Label(status)),
            Text((i * 90) + Cell + 4, 14, StatusStyle.Label(status))));
        return new XElement(Svg + "g", new XAttribute("id", "heat-legend"), items);
    }

    private static XElement Square(int x, int y, CoverageStatus status, string tooltip) => new(Svg + "rect",
        new XAttribute("x", x), new XAttribute("y", y), new XAttribute("width", Cell), new XAttribute("height", Cell),
        new XAttribute("rx", 3), new XAttribute("fill", "#" + StatusStyle.FillRgb(status)), new XAttribute("stroke", "#808080"),
        new XAttribute("data-status", status.ToString()),
        new XElement(Svg + "title", tooltip));

    private static XElement Text(int x, int y, string text, bool bold = false) => new(Svg + "text",
        new XAttribute("x", x), new XAttribute("y", y), bold ? new XAttribute("font-weight", "bold") : null, text);

    private static string Percent(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
