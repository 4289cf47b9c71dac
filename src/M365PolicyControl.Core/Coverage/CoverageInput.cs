using M365PolicyControl.Core.Catalog;

namespace M365PolicyControl.Core.Coverage;

/// <summary>Everything coverage is computed from; plain data, filled by whoever reads the library.</summary>
/// <param name="Catalog">The requirements to report on.</param>
/// <param name="AsOf">The day the matrix describes: effective, overdue and active are judged on this date.</param>
public sealed record CoverageInput(SecurityRuleCatalog Catalog, DateOnly AsOf)
{
    /// <summary>One record per controlled document (its current version). Superseded and retired ones are ignored.</summary>
    public IReadOnlyList<ControlledDocument> Documents { get; init; } = [];

    /// <summary>The Policy Exceptions register; expired and not-yet-started rows are ignored for status.</summary>
    public IReadOnlyList<PolicyExceptionRecord> Exceptions { get; init; } = [];

    /// <summary>The Implementation Decisions register; only rows on addressable specifications affect status.</summary>
    public IReadOnlyList<ImplementationDecision> Decisions { get; init; } = [];
}
