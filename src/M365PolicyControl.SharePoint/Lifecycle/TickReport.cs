namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>A document the tick moved or flagged.</summary>
/// <param name="Detail">E.g. the version superseded, or the review date.</param>
public sealed record TickEntry(string PolicyId, string Title, string Detail);

/// <summary>What one run of the daily tick did and found.</summary>
public sealed record TickReport(
    DateOnly AsOf,
    IReadOnlyList<TickEntry> BecameEffective,
    IReadOnlyList<TickEntry> Superseded,
    IReadOnlyList<TickEntry> ReviewDue,
    IReadOnlyList<TickEntry> ReviewOverdue);
