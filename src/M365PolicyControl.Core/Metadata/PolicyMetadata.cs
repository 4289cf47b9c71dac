namespace M365PolicyControl.Core.Metadata;

/// <summary>
/// The control metadata of one policy document: what the stamp shows, what SharePoint columns hold,
/// and what the JSON given to <c>--metadata</c> carries (camelCase names).
/// </summary>
public sealed record PolicyMetadata
{
    /// <summary>Default review cadence when none is given.</summary>
    public const int DefaultReviewCadenceMonths = 12;

    public required string PolicyId { get; init; }

    public required string Title { get; init; }

    public DocumentKind Kind { get; init; } = DocumentKind.Policy;

    public PolicyVersion Version { get; init; } = new(1, 0);

    public PolicyStatus Status { get; init; } = PolicyStatus.Draft;

    public DateOnly? EffectiveDate { get; init; }

    /// <summary>Accountable owner (UPN or display name).</summary>
    public required string Owner { get; init; }

    public string? BackupOwner { get; init; }

    public string? Approver { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    public DateOnly? LastReviewed { get; init; }

    /// <summary>Explicit next review date; when absent, <see cref="EffectiveNextReviewDue"/> derives it.</summary>
    public DateOnly? NextReviewDue { get; init; }

    public int ReviewCadenceMonths { get; init; } = DefaultReviewCadenceMonths;

    /// <summary>Security Rule citations as written; resolve them with the catalog's citation parser.</summary>
    public IReadOnlyList<string> Requirements { get; init; } = [];

    /// <summary>Policy ids of the procedures that implement this policy.</summary>
    public IReadOnlyList<string> ImplementingProcedures { get; init; } = [];

    public string? ChangeSummary { get; init; }

    /// <summary>
    /// The next review date: the explicit one, else the cadence counted from the last review,
    /// else from the effective date, else from approval.
    /// </summary>
    public DateOnly? EffectiveNextReviewDue =>
        NextReviewDue ?? (LastReviewed ?? EffectiveDate ?? ApprovedOn)?.AddMonths(ReviewCadenceMonths);
}
