namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>One line of <c>policyctl status</c>.</summary>
public sealed record StatusRow(
    string PolicyId,
    string Title,
    string Kind,
    string Version,
    string Status,
    DateOnly? Effective,
    DateOnly? NextReview,
    string Owner,
    bool Overdue);

/// <summary>One line of <c>policyctl history</c>: a version with who wrote and approved it and its body hash.</summary>
public sealed record HistoryRow(
    string Version,
    string Status,
    DateTimeOffset Modified,
    string? Author,
    string? Approver,
    DateOnly? ApprovedOn,
    DateOnly? EffectiveDate,
    string? BodyHash,
    string? Comment);
