using M365PolicyControl.Core.Catalog;

namespace M365PolicyControl.Core.Coverage;

/// <summary>How a document came to count for a requirement.</summary>
public enum MappingSource
{
    /// <summary>The document cites the requirement itself.</summary>
    Direct,

    /// <summary>The requirement is a standard and the document cites one of its specifications.</summary>
    ViaSpecification,
}

/// <summary>A document mapped to a requirement, with what coverage made of it on the as-of date.</summary>
public sealed record MappedDocument(ControlledDocument Document, MappingSource Source, bool IsOverdue);

/// <summary>One row of the coverage matrix: a catalog requirement, its status and the evidence behind it.</summary>
public sealed record RequirementCoverage(
    Requirement Requirement,
    CoverageStatus Status,
    IReadOnlyList<MappedDocument> Documents,
    PolicyExceptionRecord? ActiveException,
    ImplementationDecision? Decision)
{
    /// <summary>Effective policies and standards mapped to it (in-date or not).</summary>
    public IEnumerable<ControlledDocument> EffectivePolicies =>
        Documents.Where(d => d.Document.IsEffective && d.Document.IsGoverning).Select(d => d.Document);

    /// <summary>Effective procedures and plans mapped to it (in-date or not).</summary>
    public IEnumerable<ControlledDocument> EffectiveProcedures =>
        Documents.Where(d => d.Document.IsEffective && !d.Document.IsGoverning).Select(d => d.Document);

    /// <summary>Mapped documents not yet in force.</summary>
    public IEnumerable<ControlledDocument> PendingDocuments =>
        Documents.Where(d => d.Document.IsPending).Select(d => d.Document);

    /// <summary>Mapped effective documents past their review date.</summary>
    public IEnumerable<ControlledDocument> OverdueDocuments =>
        Documents.Where(d => d.IsOverdue).Select(d => d.Document);

    /// <summary>Covered, or answered by a documented decision: what an auditor accepts as addressed.</summary>
    public bool IsSatisfied => Status is CoverageStatus.Covered or CoverageStatus.Decision;
}
