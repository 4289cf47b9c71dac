using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Lifecycle;

/// <summary>A review that needs attention, found by the tick.</summary>
public sealed record ReviewFlag(string PolicyId, PolicyVersion Version, ReviewState State, DateOnly Due);

/// <summary>What one tick decided: every status change to apply, and every review due or overdue.</summary>
public sealed record TickResult(IReadOnlyList<Transition> Changes, IReadOnlyList<ReviewFlag> Reviews);

/// <summary>
/// The daily job (later the timer function): across all versions of all documents, Approved versions whose
/// effective date has come become Effective, the version that was effective before them becomes Superseded,
/// and effective documents whose review is due or overdue are flagged.
/// </summary>
public static class LifecycleTick
{
    /// <summary>
    /// Plans the tick for <paramref name="today"/>. When several Approved versions of one policy are due at
    /// once, the newest (by effective date, then version) becomes Effective and the others are superseded.
    /// </summary>
    public static TickResult Run(IEnumerable<PolicyMetadata> versions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var changes = new List<Transition>();
        var current = new List<PolicyMetadata>();
        foreach (var policy in versions.GroupBy(v => v.PolicyId, StringComparer.OrdinalIgnoreCase))
        {
            var (policyChanges, after) = TickOne(policy.ToArray(), today);
            changes.AddRange(policyChanges);
            current.AddRange(after);
        }

        var reviews = current
            .Where(v => v.Status == PolicyStatus.Effective)
            .Select(v => (v, State: ReviewSchedule.StateOn(v, today)))
            .Where(x => x.State is ReviewState.Due or ReviewState.Overdue)
            .Select(x => new ReviewFlag(x.v.PolicyId, x.v.Version, x.State, x.v.EffectiveNextReviewDue!.Value))
            .ToArray();
        return new TickResult(changes, reviews);
    }

    private static (IReadOnlyList<Transition> Changes, IReadOnlyList<PolicyMetadata> After) TickOne(PolicyMetadata[] versions, DateOnly today)
    {
        var ready = versions
            .Where(v => PolicyLifecycle.MakeEffective(v, today).IsAllowed)
            .OrderByDescending(v => v.EffectiveDate ?? today)
            .ThenByDescending(v => v.Version)
            .ToArray();
        if (ready.Length == 0)
        {
            return ([], versions);
        }

        var newest = ready[0];
        var changes = new List<Transition> { PolicyLifecycle.MakeEffective(newest, today) };
        changes.AddRange(versions
            .Where(v => !ReferenceEquals(v, newest) && (v.Status == PolicyStatus.Effective || ready.Any(r => ReferenceEquals(r, v))))
            .Select(PolicyLifecycle.Supersede));

        var after = versions
            .Select(v => changes.FirstOrDefault(c => ReferenceEquals(c.Before, v))?.After ?? v)
            .ToArray();
        return (changes, after);
    }
}
