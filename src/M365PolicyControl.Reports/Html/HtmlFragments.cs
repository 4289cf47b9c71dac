using System.Globalization;
using System.Xml.Linq;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Matrix;
using static M365PolicyControl.Reports.Html.HtmlPage;

namespace M365PolicyControl.Reports.Html;

/// <summary>Pieces shared by the HTML matrix and the evidence packet index.</summary>
internal static class HtmlFragments
{
    public const string Css = """
        body{font-family:Segoe UI,Helvetica,Arial,sans-serif;margin:1.5rem;color:#1f1f1f}
        h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
        table{border-collapse:collapse;margin:0.5rem 0}
        th,td{border:1px solid #bfbfbf;padding:0.25rem 0.5rem;text-align:left;vertical-align:top;font-size:0.85rem}
        th{background:#d9e1f2}
        td.num{text-align:right}
        .muted{color:#666}
        """;

    public static string PageCss => Css + "\n" + StatusStyle.Css();

    /// <summary>Counts per status for the whole catalog and each safeguard area.</summary>
    public static XElement SummaryTable(CoverageReport report)
    {
        var statuses = Enum.GetValues<CoverageStatus>();
        var header = E("tr", E("th", "Group"), E("th", "Total"),
            statuses.Select(s => E("th", A("class", StatusStyle.CssClass(s)), StatusStyle.Label(s))),
            E("th", "Covered %"), E("th", "Satisfied %"));
        var rows = new[] { report.Overall }.Concat(report.BySafeguard).Select(r => E("tr",
            E("td", r.Key), Number(r.Total), statuses.Select(s => Number(r.Counts[s])),
            Number(r.CoveredPercent), Number(r.SatisfiedPercent)));
        return E("table", A("id", "summary"), E("thead", header), E("tbody", rows));
    }

    /// <summary>The matrix, one row per requirement; <paramref name="link"/> may turn a document label into a link.</summary>
    public static XElement MatrixTable(CoverageReport report, Func<string, object>? link = null)
    {
        link ??= label => label;
        string[] columns = ["Citation", "Requirement", "R/A", "Safeguard", "Status", "Policies", "Procedures", "Drafts", "Overdue", "Exception", "Decision", "Next review"];
        var rows = MatrixRow.From(report).Select(row => E("tr", A("id", "req-" + row.Citation),
            E("td", row.Citation), E("td", row.Requirement), E("td", row.Implementation), E("td", row.Safeguard),
            E("td", A("class", "status " + StatusStyle.CssClass(row.Status)), StatusStyle.Label(row.Status)),
            Documents(row.Policies, link), Documents(row.Procedures, link), Documents(row.Drafts, link),
            Documents(row.Overdue, link), E("td", row.Exception), E("td", row.Decision), E("td", row.NextReviewDue)));
        return E("table", A("id", "matrix"), E("thead", E("tr", columns.Select(c => E("th", c)))), E("tbody", rows));
    }

    private static XElement Documents(IReadOnlyList<string> labels, Func<string, object> link) =>
        E("td", labels.SelectMany((label, i) => i == 0 ? [link(label)] : new object[] { E("br"), link(label) }));

    private static XElement Number(double value) =>
        E("td", A("class", "num"), value.ToString(value % 1 == 0 ? "0" : "0.0", CultureInfo.InvariantCulture));
}
