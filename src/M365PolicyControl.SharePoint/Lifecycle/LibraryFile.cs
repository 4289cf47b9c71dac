using M365PolicyControl.SharePoint.Rest;
namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>
/// One file of the controlled library as the lifecycle reads it: identity, version state and the
/// column values, already turned into plain values (see <see cref="PolicyColumns"/> for the keys).
/// </summary>
public sealed record LibraryFile
{
    /// <summary>The list item id (integer as string).</summary>
    public required string ItemId { get; init; }

    public required string DriveItemId { get; init; }

    public required string FileName { get; init; }

    /// <summary>The eTag the next conditional write must present.</summary>
    public required string ETag { get; init; }

    /// <summary>The current version label, e.g. 0.2 or 1.0.</summary>
    public required string VersionLabel { get; init; }

    public ModerationStatus Moderation { get; init; } = ModerationStatus.Draft;

    public DateTimeOffset Created { get; init; }

    public long Size { get; init; }

    public string? WebUrl { get; init; }

    /// <summary>
    /// Column values by internal name: strings, <see cref="DateOnly"/>, numbers (double) and, for multi-value
    /// columns, <c>IReadOnlyList&lt;string&gt;</c> (citations, policy ids or UPNs, never lookup ids).
    /// </summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
}

/// <summary>One entry of a file's version history.</summary>
/// <param name="Label">Version label (1.0, 0.3).</param>
/// <param name="ModifiedBy">Who wrote it, as the service reports (the app for product writes).</param>
/// <param name="Fields">The column values of that version (list-item version), keyed like <see cref="LibraryFile.Fields"/>.</param>
public sealed record LibraryFileVersion(
    string Label, string? ModifiedBy, DateTimeOffset Modified, long Size, IReadOnlyDictionary<string, object?> Fields);
