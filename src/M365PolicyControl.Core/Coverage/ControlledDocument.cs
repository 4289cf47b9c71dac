using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Coverage;

/// <summary>
/// One controlled document as the reports see it: plain data read from the library (or any other
/// source), no SharePoint types. One record per document, describing its current version.
/// </summary>
public sealed record ControlledDocument
{
    public required string PolicyId { get; init; }

    public required string Title { get; init; }

    public DocumentKind Kind { get; init; } = DocumentKind.Policy;

    public PolicyVersion Version { get; init; } = new(1, 0);

    public PolicyStatus Status { get; init; } = PolicyStatus.Draft;

    public DateOnly? EffectiveDate { get; init; }

    /// <summary>When the document is due for review; a null date is never overdue.</summary>
    public DateOnly? NextReviewDue { get; init; }

    public required string Owner { get; init; }

    public string? Approver { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    /// <summary>SHA-256 of the approved body, as stamped (hex).</summary>
    public string? BodyHash { get; init; }

    /// <summary>The safeguard area the library assigns; informational, coverage uses the catalog's areas.</summary>
    public SafeguardArea? SafeguardArea { get; init; }

    /// <summary>Mapped Security Rule citations, already normalised (e.g. <c>164.308(a)(1)(ii)(A)</c>).</summary>
    public IReadOnlyList<string> Requirements { get; init; } = [];

    /// <summary>Policy ids of the procedures that implement this document.</summary>
    public IReadOnlyList<string> ImplementingProcedures { get; init; } = [];

    /// <summary>Where the document can be opened (SharePoint URL); optional.</summary>
    public string? WebUrl { get; init; }

    /// <summary>
    /// Policies and standards govern; procedures and plans are what people execute. Coverage needs one of each.
    /// </summary>
    public bool IsGoverning => Kind is DocumentKind.Policy or DocumentKind.Standard;

    /// <summary>In force: status Effective. Approved documents wait for their effective date (tick moves them).</summary>
    public bool IsEffective => Status == PolicyStatus.Effective;

    /// <summary>Not yet in force but on its way: Draft, In Review or Approved.</summary>
    public bool IsPending => Status is PolicyStatus.Draft or PolicyStatus.InReview or PolicyStatus.Approved;

    /// <summary>An effective document whose review date has passed on <paramref name="asOf"/>.</summary>
    public bool IsOverdue(DateOnly asOf) => IsEffective && NextReviewDue is { } due && due < asOf;

    /// <summary>The file name the evidence packet and the matrix use: <c>POL-AC-001-v2.0</c>.</summary>
    public string VersionLabel => $"{PolicyId}-v{Version}";
}
