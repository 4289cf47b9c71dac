using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Lifecycle;

/// <summary>Where a document stands against its next review date.</summary>
public enum ReviewState
{
    /// <summary>No next review date can be worked out (never approved, effective or reviewed).</summary>
    Unscheduled,

    /// <summary>More than <see cref="ReviewSchedule.DueWindowDays"/> days away.</summary>
    NotDue,

    /// <summary>Within <see cref="ReviewSchedule.DueWindowDays"/> days, or today.</summary>
    Due,

    /// <summary>The date has passed.</summary>
    Overdue,
}

/// <summary>What a review decided.</summary>
public enum ReviewOutcome
{
    /// <summary>Reviewed, no change: the review dates move on, the body and version stay.</summary>
    NoChange,

    /// <summary>Needs revision: the review is recorded and a new draft is to be opened.</summary>
    Revise,

    /// <summary>No longer needed: the document is retired.</summary>
    Retire,
}

/// <summary>The review that was recorded and what the caller must do next.</summary>
/// <param name="Updated">The metadata after the review.</param>
/// <param name="Outcome">The outcome recorded.</param>
/// <param name="OpensDraft">True when a new draft version is to be opened (outcome revise).</param>
/// <param name="Restamp">True when the document is to be re-stamped without a new body (outcome no-change).</param>
public sealed record ReviewRecord(PolicyMetadata Updated, ReviewOutcome Outcome, bool OpensDraft, bool Restamp);

/// <summary>Review dates: when the next review is due, whether it is due or overdue, and recording a review.</summary>
public static class ReviewSchedule
{
    /// <summary>A review is Due this many days before its date.</summary>
    public const int DueWindowDays = 30;

    /// <summary>The next review after one held on <paramref name="reviewedOn"/>.</summary>
    public static DateOnly NextReviewDue(DateOnly reviewedOn, int cadenceMonths) => reviewedOn.AddMonths(cadenceMonths);

    /// <summary>The state of a document's review on <paramref name="today"/>; see <see cref="PolicyMetadata.EffectiveNextReviewDue"/>.</summary>
    public static ReviewState StateOn(PolicyMetadata document, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.EffectiveNextReviewDue switch
        {
            null => ReviewState.Unscheduled,
            { } due when today > due => ReviewState.Overdue,
            { } due when today.AddDays(DueWindowDays) >= due => ReviewState.Due,
            _ => ReviewState.NotDue,
        };
    }

    /// <summary>Reads "no-change", "revise" or "retire" (any case, dash optional); null for anything else.</summary>
    public static ReviewOutcome? ParseOutcome(string? text) =>
        text?.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant() switch
        {
            "nochange" => ReviewOutcome.NoChange,
            "revise" => ReviewOutcome.Revise,
            "retire" => ReviewOutcome.Retire,
            _ => null,
        };

    /// <summary>
    /// Records a review of an Effective document held on <paramref name="reviewedOn"/>. The review dates move on
    /// for every outcome; retire also retires the document (the notes are the reason, which is then required).
    /// </summary>
    public static (ReviewRecord? Record, string? Refusal) Record(PolicyMetadata document, ReviewOutcome outcome, DateOnly reviewedOn, string? notes = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Status != PolicyStatus.Effective)
        {
            return (null, $"Cannot review {document.PolicyId} version {document.Version}: it is {document.Status.Display()}; only an Effective document is reviewed.");
        }

        var reviewed = document with { LastReviewed = reviewedOn, NextReviewDue = NextReviewDue(reviewedOn, document.ReviewCadenceMonths) };
        if (outcome != ReviewOutcome.Retire)
        {
            return (new ReviewRecord(reviewed, outcome, OpensDraft: outcome == ReviewOutcome.Revise, Restamp: outcome == ReviewOutcome.NoChange), null);
        }

        var retired = PolicyLifecycle.Retire(reviewed, notes);
        return retired.IsAllowed
            ? (new ReviewRecord(retired.After!, outcome, OpensDraft: false, Restamp: false), null)
            : (null, retired.Refusal);
    }
}
