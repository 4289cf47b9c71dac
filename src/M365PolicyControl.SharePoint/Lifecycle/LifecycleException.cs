namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>Why the lifecycle refused an action; callers switch on this, the message is for people.</summary>
public enum LifecycleError
{
    NotFound,
    WrongStatus,
    SubmissionProblems,
    SegregationOfDuties,
    BodyChangedSinceSubmission,
    RetentionHold,
    ApprovalNotConfirmed,
    InvalidInput,
}

/// <summary>A lifecycle rule refused an action; nothing was written.</summary>
public sealed class LifecycleException(LifecycleError error, string message, IReadOnlyList<string>? problems = null)
    : Exception(message)
{
    public LifecycleError Error { get; } = error;

    /// <summary>Every problem found (submission lists them all at once).</summary>
    public IReadOnlyList<string> Problems { get; } = problems ?? [message];
}
