namespace M365PolicyControl.LocalTenant.Store;

/// <summary>A file or folder in a library's drive; its list item carries the version state.</summary>
internal sealed class DriveItemRecord
{
    public required string Id { get; init; }

    public required string DriveId { get; init; }

    public required Guid ListId { get; init; }

    /// <summary>Null for the drive's root folder.</summary>
    public string? ParentId { get; set; }

    public required string Name { get; set; }

    public bool IsFolder { get; init; }

    public required Guid UniqueId { get; init; }

    public string? BlobId { get; set; }

    public long Size { get; set; }

    /// <summary>Bumped by any change (eTag); <see cref="ContentVersion"/> only by content changes (cTag).</summary>
    public int Version { get; set; } = 1;

    public int ContentVersion { get; set; } = 1;

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset Modified { get; set; }

    public required string CreatedBy { get; init; }

    public required string ModifiedBy { get; set; }

    public int? ListItemId { get; set; }

    public string ETag => $"\"{{{UniqueId.ToString().ToUpperInvariant()}}},{Version}\"";

    public string CTag => $"\"c:{{{UniqueId.ToString().ToUpperInvariant()}}},{ContentVersion}\"";
}
