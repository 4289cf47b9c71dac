using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Lifecycle;

/// <summary>
/// The lifecycle rules of a controlled document (ARCHITECTURE.md, Lifecycle), as pure functions:
/// Draft -submit-> In Review -approve-> Approved -effective date reached-> Effective -newer one effective->
/// Superseded; In Review -reject (comment)-> Draft; Approved or Effective -retire (reason)-> Retired.
/// Every other step is refused with a message naming the document, its status and what the step needs.
/// Submission checks (<see cref="SubmissionCheck"/>) and segregation of duties
/// (<see cref="SegregationOfDuties"/>) are separate so that the caller can list all problems at once.
/// </summary>
public static class PolicyLifecycle
{
    /// <summary>Draft to In Review; a minor draft version becomes the next major version (0.3 to 1.0, 1.2 to 2.0).</summary>
    public static Transition Submit(PolicyMetadata document) =>
        Step(document, "submit", [PolicyStatus.Draft], d => d with { Status = PolicyStatus.InReview, Version = NextMajor(d.Version) });

    /// <summary>In Review to Approved, recording who approved and when. The effective date is left for <see cref="MakeEffective"/>.</summary>
    public static Transition Approve(PolicyMetadata document, string approver, DateOnly approvedOn)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.IsNullOrWhiteSpace(approver)
            ? Transition.Refused(document, $"{Name(document)}: approval needs the approver's user name.")
            : Step(document, "approve", [PolicyStatus.InReview],
                d => d with { Status = PolicyStatus.Approved, Approver = approver.Trim(), ApprovedOn = approvedOn });
    }

    /// <summary>In Review back to Draft; the approver's comment is required so the author knows what to change.</summary>
    public static Transition Reject(PolicyMetadata document, string? comment)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.IsNullOrWhiteSpace(comment)
            ? Transition.Refused(document, $"{Name(document)}: a rejection needs a comment saying what to change.")
            : Step(document, "reject", [PolicyStatus.InReview], d => d with { Status = PolicyStatus.Draft });
    }

    /// <summary>
    /// Approved to Effective once the effective date is reached (today or earlier); an Approved document with
    /// no effective date becomes effective on the day this runs, which is recorded as its effective date.
    /// </summary>
    public static Transition MakeEffective(PolicyMetadata document, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Status == PolicyStatus.Approved && document.EffectiveDate is { } date && date > today)
        {
            return Transition.Refused(document, $"{Name(document)} is Approved and becomes effective on {date:yyyy-MM-dd}, not before.");
        }

        return Step(document, "make effective", [PolicyStatus.Approved],
            d => d with { Status = PolicyStatus.Effective, EffectiveDate = d.EffectiveDate ?? today });
    }

    /// <summary>
    /// Effective to Superseded when a newer version of the same policy becomes effective; an Approved version
    /// overtaken by a newer one before its own effective date is superseded too.
    /// </summary>
    public static Transition Supersede(PolicyMetadata document) =>
        Step(document, "supersede", [PolicyStatus.Effective, PolicyStatus.Approved], d => d with { Status = PolicyStatus.Superseded });

    /// <summary>Approved or Effective to Retired; a reason is required, and the replacing policy id is recorded in the change summary.</summary>
    public static Transition Retire(PolicyMetadata document, string? reason, string? replacedBy = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Transition.Refused(document, $"{Name(document)}: retiring needs a reason.");
        }

        if (replacedBy is not null && (!PolicyMetadataValidator.IsPolicyId(replacedBy) || replacedBy == document.PolicyId))
        {
            return Transition.Refused(document, $"{Name(document)}: '{replacedBy}' cannot replace it; name another policy id such as POL-AC-002.");
        }

        var summary = replacedBy is null ? $"Retired: {reason.Trim()}" : $"Retired: {reason.Trim()} Replaced by {replacedBy}.";
        return Step(document, "retire", [PolicyStatus.Approved, PolicyStatus.Effective],
            d => d with { Status = PolicyStatus.Retired, ChangeSummary = summary });
    }

    /// <summary>The statuses a document can move to from <paramref name="status"/>.</summary>
    public static IReadOnlyList<PolicyStatus> NextStatuses(PolicyStatus status) => status switch
    {
        PolicyStatus.Draft => [PolicyStatus.InReview],
        PolicyStatus.InReview => [PolicyStatus.Approved, PolicyStatus.Draft],
        PolicyStatus.Approved => [PolicyStatus.Effective, PolicyStatus.Superseded, PolicyStatus.Retired],
        PolicyStatus.Effective => [PolicyStatus.Superseded, PolicyStatus.Retired],
        _ => [],
    };

    private static Transition Step(PolicyMetadata document, string action, PolicyStatus[] from, Func<PolicyMetadata, PolicyMetadata> apply)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (from.Contains(document.Status))
        {
            return Transition.Allowed(document, apply(document));
        }

        var needed = string.Join(" or ", from.Select(s => s.Display()));
        return Transition.Refused(document, $"Cannot {action} {Name(document)}: it is {document.Status.Display()}; only a document that is {needed} can be.");
    }

    private static string Name(PolicyMetadata d) => $"{d.PolicyId} version {d.Version}";

    private static PolicyVersion NextMajor(PolicyVersion v) => v.IsMajor ? v : new PolicyVersion(v.Major + 1, 0);
}
