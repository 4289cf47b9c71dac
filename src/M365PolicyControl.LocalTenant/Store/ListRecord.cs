using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>A list or document library with its columns, settings and views.</summary>
internal sealed class ListRecord
{
    public required Guid Id { get; init; }

    public required string SiteId { get; init; }

    /// <summary>The URL name (Graph <c>name</c>); fixed at creation like SharePoint's RootFolder.</summary>
    public required string Name { get; init; }

    public required string DisplayName { get; set; }

    public string Description { get; set; } = string.Empty;

    /// <summary>Graph template name: <c>genericList</c> or <c>documentLibrary</c>.</summary>
    public required string Template { get; init; }

    public bool Hidden { get; set; }

    public bool ContentTypesEnabled { get; set; }

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset Modified { get; set; }

    public int Version { get; set; } = 1;

    /// <summary>Set for document libraries: the drive id (<c>b!…</c>) and its root folder item.</summary>
    public string? DriveId { get; set; }

    public string? RootFolderItemId { get; set; }

    public ListSettings Settings { get; set; } = new();

    /// <summary>Column definitions as Graph columnDefinition objects (id, name, type facet, flags).</summary>
    public List<JsonObject> Columns { get; set; } = [];

    public List<ViewRecord> Views { get; set; } = [];

    public int NextItemId { get; set; } = 1;

    public bool IsLibrary => Template == "documentLibrary";

    public string ServerRelativeUrl(SiteRecord site)
    {
        var prefix = site.IsRoot ? string.Empty : site.ServerRelativeUrl;
        return IsLibrary ? $"{prefix}/{Name}" : $"{prefix}/Lists/{Name}";
    }

    public JsonObject? FindColumn(string idOrName) =>
        Columns.FirstOrDefault(column =>
            string.Equals((string?)column["id"], idOrName, StringComparison.OrdinalIgnoreCase) ||
            string.Equals((string?)column["name"], idOrName, StringComparison.OrdinalIgnoreCase));
}
