namespace M365PolicyControl.Core.Coverage;

/// <summary>A row of the Policy Exceptions register: a time-limited, accepted deviation from one requirement.</summary>
/// <param name="Id">Register id, e.g. <c>EXC-2025-004</c>.</param>
/// <param name="RequirementCitation">Normalised citation the exception is granted against.</param>
/// <param name="Expires">Last day the exception is in force.</param>
public sealed record PolicyExceptionRecord(string Id, string RequirementCitation, DateOnly Expires)
{
    public string? Reason { get; init; }

    public string? ApprovedBy { get; init; }

    /// <summary>First day in force; null means "from when it was recorded".</summary>
    public DateOnly? Starts { get; init; }

    /// <summary>In force on <paramref name="asOf"/>: started (or no start given) and not yet expired.</summary>
    public bool IsActive(DateOnly asOf) => (Starts is null || Starts <= asOf) && Expires >= asOf;
}

/// <summary>What was decided for an addressable implementation specification (164.306(d)(3)).</summary>
public enum DecisionOutcome
{
    /// <summary>Implemented as specified; the documents mapped to it must show how.</summary>
    Implemented,

    /// <summary>Not implemented as specified; an equivalent alternative measure is documented.</summary>
    Alternative,

    /// <summary>Neither it nor an alternative is reasonable and appropriate; the reasoning is documented.</summary>
    NotReasonableAndAppropriate,
}

/// <summary>A row of the Implementation Decisions register.</summary>
/// <param name="RequirementCitation">Normalised citation of the addressable specification.</param>
/// <param name="Outcome">The decision.</param>
public sealed record ImplementationDecision(string RequirementCitation, DecisionOutcome Outcome)
{
    public string? Id { get; init; }

    public string? Rationale { get; init; }

    public string? DecidedBy { get; init; }

    public DateOnly? DecidedOn { get; init; }

    /// <summary>True when the decision itself answers the specification (alternative or not reasonable).</summary>
    public bool IsDocumentedDeviation => Outcome != DecisionOutcome.Implemented;
}
