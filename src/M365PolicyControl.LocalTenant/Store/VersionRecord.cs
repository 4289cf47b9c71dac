using System.Text.Json.Nodes;

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

    /// <summary>
    /// The item's stored field values as they were at this version (keyed like <see cref="ItemRecord.Fields"/>).
    /// Null for versions written before snapshots existed; it lives in the item's JSON row, so older
    /// data files load unchanged.
    /// </summary>
    public JsonObject? Fields { get; set; }

    /// <summary>The moderation status of this version (approval changes it in place); null in older data files.</summary>
    public int? ModerationStatus { get; set; }

    public string Label => $"{Major}.{Minor}";
}
