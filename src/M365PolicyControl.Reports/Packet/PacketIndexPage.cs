using System.Globalization;
using System.Xml.Linq;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Html;
using M365PolicyControl.Reports.Matrix;
using static M365PolicyControl.Reports.Html.HtmlPage;

namespace M365PolicyControl.Reports.Packet;

/// <summary>index.html of the evidence packet: heat map, review status, overdue list, exceptions, decisions, matrix, files.</summary>
internal static class PacketIndexPage
{
    public static XDocument Build(EvidencePacketInput input, IReadOnlyList<ManifestFile> files)
    {
        var report = input.Coverage;
        var documentLinks = input.DocumentsToInclude.ToDictionary(MatrixRow.Label, PacketRegisters.DocumentPath, StringComparer.Ordinal);
        object Link(string label) => documentLinks.TryGetValue(label, out var path) ? E("a", A("href", path), label) : label;

        var title = "HIPAA Security Rule evidence packet" + (input.Organization is { Length: > 0 } org ? $": {org}" : "");
        return Page(title, HtmlFragments.PageCss,
            E("h1", title),
            E("p", A("class", "muted"),
                $"Coverage as of {MatrixRow.Iso(report.AsOf)}; catalog {report.Catalog.Id}; generated {input.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. " +
                $"Every file's SHA-256 is in {PacketManifest.EntryName}."),
            E("h2", "Coverage heat map"),
            HeatMapSvg.Build(report),
            HtmlFragments.SummaryTable(report),
            E("h2", "Review status"),
            ReviewTable(report, Link),
            E("h2", "Overdue reviews"),
            OverdueList(report, Link),
            E("h2", "Exceptions"),
            ExceptionTable(report),
            E("h2", "Implementation decisions"),
            DecisionTable(report),
            E("h2", "Coverage matrix"),
            HtmlFragments.MatrixTable(report, Link),
            E("h2", "Files"),
            E("ul", A("id", "files"),
                files.Select(f => E("li", E("a", A("href", f.Path), f.Path), $" ({f.Size.ToString("N0", CultureInfo.InvariantCulture)} bytes)")),
                E("li", E("a", A("href", PacketManifest.EntryName), PacketManifest.EntryName), " (digests of every file above)")));
    }

    private static XElement ReviewTable(CoverageReport report, Func<string, object> link)
    {
        string[] columns = ["Policy id", "Title", "Kind", "Version", "Status", "Effective", "Next review", "Owner", "Overdue"];
        var rows = report.Documents.OrderBy(d => d.PolicyId, StringComparer.Ordinal).Select(d => E("tr",
            E("td", link(MatrixRow.Label(d))), E("td", d.Title), E("td", d.Kind.ToString()), E("td", d.Version.ToString()),
            E("td", d.Status.ToString()), E("td", Date(d.EffectiveDate)), E("td", Date(d.NextReviewDue)), E("td", d.Owner),
            E("td", d.IsOverdue(report.AsOf) ? A("class", StatusStyle.CssClass(CoverageStatus.Stale)) : null, d.IsOverdue(report.AsOf) ? "yes" : "no")));
        return Table("review-status", columns, rows);
    }

    private static XElement OverdueList(CoverageReport report, Func<string, object> link)
    {
        var overdue = report.OverdueDocuments.ToArray();
        return overdue.Length == 0
            ? E("p", A("id", "overdue"), "No effective document is past its review date.")
            : E("ul", A("id", "overdue"), overdue.Select(d =>
                E("li", link(MatrixRow.Label(d)), $" {d.Title}: review was due {Date(d.NextReviewDue)}; owner {d.Owner}")));
    }

    private static XElement ExceptionTable(CoverageReport report)
    {
        string[] columns = ["Id", "Requirement", "Starts", "Expires", "State", "Reason", "Approved by"];
        var rows = report.Exceptions.OrderBy(e => e.Expires).Select(e => E("tr",
            E("td", e.Id), E("td", E("a", A("href", "#req-" + e.RequirementCitation), e.RequirementCitation)),
            E("td", Date(e.Starts)), E("td", Date(e.Expires)), E("td", e.IsActive(report.AsOf) ? "active" : "not in force"),
            E("td", e.Reason ?? ""), E("td", e.ApprovedBy ?? "")));
        return Table("exceptions", columns, rows);
    }

    private static XElement DecisionTable(CoverageReport report)
    {
        string[] columns = ["Id", "Requirement", "Outcome", "Rationale", "Decided by", "Decided on"];
        var rows = report.Decisions.Select(d => E("tr",
            E("td", d.Id ?? ""), E("td", E("a", A("href", "#req-" + d.RequirementCitation), d.RequirementCitation)),
            E("td", MatrixRow.DecisionLabel(d.Outcome)), E("td", d.Rationale ?? ""), E("td", d.DecidedBy ?? ""), E("td", Date(d.DecidedOn))));
        return Table("decisions", columns, rows);
    }

    private static XElement Table(string id, string[] columns, IEnumerable<XElement> rows) =>
        E("table", A("id", id), E("thead", E("tr", columns.Select(c => E("th", c)))), E("tbody", rows));

    private static string Date(DateOnly? date) => date is { } d ? MatrixRow.Iso(d) : "";
}
