using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Lifecycle;

/// <summary>
/// The outcome of asking for a lifecycle step: the metadata after the step when it is allowed,
/// else the reason it is refused. Nothing is changed either way; the caller applies <see cref="After"/>.
/// </summary>
/// <param name="Before">The metadata the step was asked of.</param>
/// <param name="After">The metadata after the step; null when refused.</param>
/// <param name="Refusal">Why the step is refused, naming the document and its status; null when allowed.</param>
public sealed record Transition(PolicyMetadata Before, PolicyMetadata? After, string? Refusal)
{
    public bool IsAllowed => After is not null;

    internal static Transition Allowed(PolicyMetadata before, PolicyMetadata after) => new(before, after, null);

    internal static Transition Refused(PolicyMetadata before, string reason) => new(before, null, reason);
}

/// <summary>Status names as people read them ("In Review", not "InReview").</summary>
public static class PolicyStatusText
{
    public static string Display(this PolicyStatus status) => status == PolicyStatus.InReview ? "In Review" : status.ToString();
}
