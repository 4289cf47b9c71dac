namespace M365PolicyControl.LocalTenant.Store;

/// <summary>One entry of an item's version history.</summary>
internal sealed class VersionRecord
{
    public required int Major { get; init; }

    public required int Minor { get; init; }

    public string? BlobId { get; init; }

    public long Size { get; init; }

    public DateTimeOffset Modified { get; init; }

    public required string ModifiedBy { get; init; }

    public string CheckInComment { get; init; } = string.Empty;

    public string Label => $"{Major}.{Minor}";
}
