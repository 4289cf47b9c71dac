using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>A list item (including the list item behind every file and folder of a library).</summary>
internal sealed class ItemRecord
{
    public required Guid ListId { get; init; }

    public required int Id { get; init; }

    public required Guid UniqueId { get; init; }

    /// <summary>User-settable field values keyed by internal name.</summary>
    public JsonObject Fields { get; set; } = [];

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset Modified { get; set; }

    /// <summary>UPN of the author and of the last editor.</summary>
    public required string CreatedBy { get; init; }

    public required string ModifiedBy { get; set; }

    /// <summary>The eTag counter; bumped by every change to fields or content.</summary>
    public int Version { get; set; } = 1;

    public string? DriveItemId { get; set; }

    public int Major { get; set; } = 1;

    public int Minor { get; set; }

    /// <summary>0 approved, 1 denied, 2 pending, 3 draft, 4 scheduled (SPModerationStatusType).</summary>
    public int ModerationStatus { get; set; }

    public string ModerationComment { get; set; } = string.Empty;

    public string CheckInComment { get; set; } = string.Empty;

    public string? CheckedOutBy { get; set; }

    public List<VersionRecord> Versions { get; set; } = [];

    /// <summary>Content saved while checked out: private until check-in, dropped by undo check-out.</summary>
    public string? WorkingBlobId { get; set; }

    public long WorkingSize { get; set; }

    public string Key => $"{ListId:N}:{Id}";

    public string UiVersionLabel => $"{Major}.{Minor}";
}
