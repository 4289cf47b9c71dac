using M365PolicyControl.Core.Catalog;

namespace M365PolicyControl.Core.Coverage;

/// <summary>The coverage matrix: one row per catalog requirement, roll-ups, and the inputs they came from.</summary>
public sealed record CoverageReport
{
    public required SecurityRuleCatalog Catalog { get; init; }

    public required DateOnly AsOf { get; init; }

    /// <summary>One row per catalog requirement, in regulation order.</summary>
    public required IReadOnlyList<RequirementCoverage> Rows { get; init; }

    /// <summary>Every requirement together.</summary>
    public required CoverageRollup Overall { get; init; }

    /// <summary>One roll-up per safeguard area present in the catalog, in catalog order.</summary>
    public required IReadOnlyList<CoverageRollup> BySafeguard { get; init; }

    /// <summary>One roll-up per standard, over the standard and its specifications, in catalog order.</summary>
    public required IReadOnlyList<CoverageRollup> ByStandard { get; init; }

    /// <summary>The documents the report was computed from.</summary>
    public IReadOnlyList<ControlledDocument> Documents { get; init; } = [];

    public IReadOnlyList<PolicyExceptionRecord> Exceptions { get; init; } = [];

    public IReadOnlyList<ImplementationDecision> Decisions { get; init; } = [];

    /// <summary>Inputs coverage could not use, each as one readable line (unknown citations, decisions on required specs).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Effective documents past their review date, soonest-due first.</summary>
    public IEnumerable<ControlledDocument> OverdueDocuments =>
        Documents.Where(d => d.IsOverdue(AsOf)).OrderBy(d => d.NextReviewDue).ThenBy(d => d.PolicyId, StringComparer.Ordinal);

    /// <summary>The row for a citation; throws when the catalog has no such requirement.</summary>
    public RequirementCoverage this[string citation] =>
        Rows.FirstOrDefault(r => r.Requirement.Citation == citation)
        ?? throw new KeyNotFoundException($"The catalog '{Catalog.Id}' has no requirement '{citation}'.");
}
