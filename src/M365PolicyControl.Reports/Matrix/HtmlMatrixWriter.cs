using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Html;
using static M365PolicyControl.Reports.Html.HtmlPage;

namespace M365PolicyControl.Reports.Matrix;

/// <summary>The coverage matrix as one self-contained HTML page: summary by safeguard area, then the matrix.</summary>
public static class HtmlMatrixWriter
{
    public static Task WriteAsync(CoverageReport report, Stream output, CancellationToken cancellationToken = default)
    {
        var title = $"Coverage matrix: {report.Catalog.Title}";
        var page = Page(title, HtmlFragments.PageCss,
            E("h1", title),
            E("p", A("class", "muted"), $"As of {MatrixRow.Iso(report.AsOf)}; catalog {report.Catalog.Id}; {report.Documents.Count} documents."),
            E("h2", "Summary"),
            HtmlFragments.SummaryTable(report),
            E("h2", "Requirements"),
            HtmlFragments.MatrixTable(report),
            report.Warnings.Count == 0 ? null : E("h2", "Warnings"),
            report.Warnings.Count == 0 ? null : E("ul", A("id", "warnings"), report.Warnings.Select(w => E("li", w))));
        return HtmlPage.WriteAsync(page, output, cancellationToken);
    }
}
