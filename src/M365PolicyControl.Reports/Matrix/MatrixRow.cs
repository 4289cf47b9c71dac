using System.Globalization;
using M365PolicyControl.Core.Coverage;

namespace M365PolicyControl.Reports.Matrix;

/// <summary>
/// One requirement of the coverage matrix flattened to text, the shape every matrix format writes.
/// Document lists hold labels such as <c>POL-AC-001 v2.0</c>.
/// </summary>
public sealed record MatrixRow
{
    public required string Citation { get; init; }

    public required string Requirement { get; init; }

    /// <summary><c>Standard</c> or <c>Specification</c>.</summary>
    public required string Type { get; init; }

    /// <summary><c>R</c> (required) or <c>A</c> (addressable).</summary>
    public required string Implementation { get; init; }

    public required string Safeguard { get; init; }

    /// <summary>Citation of the enclosing standard (its own citation for a standard).</summary>
    public required string Standard { get; init; }

    public required CoverageStatus Status { get; init; }

    /// <summary>Effective policies and standards mapped to the requirement.</summary>
    public IReadOnlyList<string> Policies { get; init; } = [];

    /// <summary>Effective procedures and plans mapped to the requirement.</summary>
    public IReadOnlyList<string> Procedures { get; init; } = [];

    /// <summary>Mapped documents not yet in force.</summary>
    public IReadOnlyList<string> Drafts { get; init; } = [];

    /// <summary>Mapped effective documents past their review date.</summary>
    public IReadOnlyList<string> Overdue { get; init; } = [];

    /// <summary>The active exception, e.g. <c>EXC-7 until 2025-09-30</c>; empty when none.</summary>
    public string Exception { get; init; } = "";

    /// <summary>The implementation decision for an addressable specification, e.g. <c>Alternative</c>; empty when none.</summary>
    public string Decision { get; init; } = "";

    /// <summary>Earliest review date among the mapped effective documents (yyyy-MM-dd); empty when none.</summary>
    public string NextReviewDue { get; init; } = "";

    /// <summary>Owners of the mapped effective documents.</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];

    /// <summary>Flattens every row of a coverage report, in regulation order.</summary>
    public static IReadOnlyList<MatrixRow> From(CoverageReport report) => report.Rows.Select(From).ToArray();

    /// <summary>Flattens one requirement's coverage.</summary>
    public static MatrixRow From(RequirementCoverage row)
    {
        var effective = row.Documents.Where(d => d.Document.IsEffective).Select(d => d.Document).ToArray();
        return new MatrixRow
        {
            Citation = row.Requirement.Citation,
            Requirement = row.Requirement.Name,
            Type = row.Requirement.Kind.ToString(),
            Implementation = row.Requirement.ImplementationCode,
            Safeguard = row.Requirement.Safeguard.ToString(),
            Standard = row.Requirement.StandardCitation,
            Status = row.Status,
            Policies = Labels(row.EffectivePolicies),
            Procedures = Labels(row.EffectiveProcedures),
            Drafts = Labels(row.PendingDocuments),
            Overdue = Labels(row.OverdueDocuments),
            Exception = row.ActiveException is { } e ? $"{e.Id} until {Iso(e.Expires)}" : "",
            Decision = row.Decision is { } d ? DecisionLabel(d.Outcome) : "",
            NextReviewDue = effective.Min(d => d.NextReviewDue) is { } due ? Iso(due) : "",
            Owners = effective.Select(d => d.Owner).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray(),
        };
    }

    /// <summary>Readable label of a document version: <c>POL-AC-001 v2.0</c>.</summary>
    public static string Label(ControlledDocument document) => $"{document.PolicyId} v{document.Version}";

    public static string DecisionLabel(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Implemented => "Implemented",
        DecisionOutcome.Alternative => "Alternative measure",
        _ => "Not reasonable and appropriate",
    };

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string[] Labels(IEnumerable<ControlledDocument> documents) => documents.Select(Label).ToArray();
}
