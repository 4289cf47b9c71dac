using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Reports.Packet;

/// <summary>One version of one controlled document, as the library's version history records it.</summary>
public sealed record VersionHistoryEntry
{
    public required string PolicyId { get; init; }

    public required string Title { get; init; }

    public required PolicyVersion Version { get; init; }

    public PolicyStatus Status { get; init; }

    /// <summary>Who saved this version (UPN).</summary>
    public string? Author { get; init; }

    public DateTimeOffset? Modified { get; init; }

    public string? Approver { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    public DateOnly? EffectiveDate { get; init; }

    /// <summary>SHA-256 of the approved body (hex); empty for drafts.</summary>
    public string? BodyHash { get; init; }

    /// <summary>Check-in or approval comment.</summary>
    public string? Comment { get; init; }
}

/// <summary>A row of the Policy Reviews register.</summary>
public sealed record ReviewRecord(string PolicyId, DateOnly ReviewedOn, string Reviewer, string Outcome)
{
    public string? Notes { get; init; }

    public DateOnly? NextReviewDue { get; init; }
}

/// <summary>A row of the Policy Acknowledgments register: someone confirmed they read a version.</summary>
public sealed record AcknowledgmentRecord(string PolicyId, PolicyVersion Version, string User, DateOnly AcknowledgedOn);
