namespace M365PolicyControl.Word;

/// <summary>The outcome of checking a document against its stamp.</summary>
public enum VerifyStatus
{
    /// <summary>Stamped, and the body text is what was stamped.</summary>
    Unchanged,

    /// <summary>Stamped, but the body text changed since.</summary>
    BodyChanged,

    /// <summary>The body text is what was stamped, but the control block or mapping was removed, moved or edited.</summary>
    StampAltered,

    /// <summary>The document carries no stamp record.</summary>
    NotStamped,
}

/// <summary>How one paragraph differs from the stamped body.</summary>
public enum ParagraphChangeKind { Changed, Added, Removed }

/// <summary>A paragraph that differs from the stamped body.</summary>
/// <param name="Number">1-based paragraph number: in the current body for Changed/Added, in the stamped body for Removed.</param>
/// <param name="Kind">What happened to it.</param>
/// <param name="CurrentText">The paragraph's text now; null when removed.</param>
public sealed record ParagraphChange(int Number, ParagraphChangeKind Kind, string? CurrentText);

/// <summary>The result of <see cref="StampVerifier.Verify(Stream)"/>.</summary>
/// <param name="Status">Unchanged, body changed, stamp altered or not stamped.</param>
/// <param name="Record">The stamp record found, or null.</param>
/// <param name="CurrentHash">The body hash of the document as it is now.</param>
/// <param name="Changes">The first differing paragraphs (a few), empty when unchanged.</param>
/// <param name="ControlBlockPresent">Whether the control block content control is still in the body.</param>
public sealed record VerifyResult(
    VerifyStatus Status,
    StampRecord? Record,
    string CurrentHash,
    IReadOnlyList<ParagraphChange> Changes,
    bool ControlBlockPresent)
{
    /// <summary>
    /// What is wrong with the product's own blocks or the stamp record ("control block removed", "the mapping table
    /// was altered"), whatever the status; empty when they are as stamped.
    /// </summary>
    public IReadOnlyList<string> StampProblems { get; init; } = [];
}
