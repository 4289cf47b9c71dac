using System.Globalization;
using System.Text;
using M365PolicyControl.Core.Coverage;

namespace M365PolicyControl.Reports.Matrix;

/// <summary>The coverage matrix as a GitHub-flavoured markdown document: summary, then one table row per requirement.</summary>
public static class MarkdownMatrixWriter
{
    public static async Task WriteAsync(CoverageReport report, Stream output, CancellationToken cancellationToken = default)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 65536, leaveOpen: true);
        await writer.WriteAsync(Render(report).AsMemory(), cancellationToken);
    }

    /// <summary>The whole document as text.</summary>
    public static string Render(CoverageReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Coverage matrix: {Cell(report.Catalog.Title)}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"As of {MatrixRow.Iso(report.AsOf)}; catalog `{report.Catalog.Id}`.");
        text.AppendLine();
        AppendSummary(text, [report.Overall, .. report.BySafeguard]);
        text.AppendLine();
        text.AppendLine("| Citation | Requirement | R/A | Status | Policies | Procedures | Drafts | Overdue | Exception | Decision |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in MatrixRow.From(report))
        {
            text.AppendLine(string.Join(" | ",
                "| " + Cell(row.Citation), Cell(row.Requirement), row.Implementation, StatusStyle.Label(row.Status),
                List(row.Policies), List(row.Procedures), List(row.Drafts), List(row.Overdue),
                Cell(row.Exception), Cell(row.Decision) + " |"));
        }

        if (report.Warnings.Count > 0)
        {
            text.AppendLine().AppendLine("## Warnings").AppendLine();
            foreach (var warning in report.Warnings)
            {
                text.AppendLine("- " + Cell(warning));
            }
        }

        return text.ToString();
    }

    private static void AppendSummary(StringBuilder text, IEnumerable<CoverageRollup> rollups)
    {
        var statuses = Enum.GetValues<CoverageStatus>();
        text.AppendLine("| Group | Total | " + string.Join(" | ", statuses.Select(StatusStyle.Label)) + " | Covered % | Satisfied % |");
        text.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", statuses.Length + 3)));
        foreach (var r in rollups)
        {
            var counts = string.Join(" | ", statuses.Select(s => r.Counts[s].ToString(CultureInfo.InvariantCulture)));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {Cell(r.Key)} | {r.Total} | {counts} | {r.CoveredPercent:0.0} | {r.SatisfiedPercent:0.0} |");
        }
    }

    private static string List(IReadOnlyList<string> items) => Cell(string.Join(", ", items));

    // Pipes end a cell and newlines end a row; backslash first so escapes are not doubled.
    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);
}
