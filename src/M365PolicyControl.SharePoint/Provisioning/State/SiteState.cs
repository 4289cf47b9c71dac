using System.Text.Json.Nodes;
using M365PolicyControl.SharePoint.Rest;

namespace M365PolicyControl.SharePoint.Provisioning.State;

/// <summary>The site as found before planning: its template lists (by template key) and their settings and views.</summary>
public sealed record SiteState(SiteRef Site, IReadOnlyDictionary<string, ListState> Lists)
{
    public ListState? Find(string key) => Lists.GetValueOrDefault(key);
}

/// <summary>The Graph site id and the web URL SharePoint REST is addressed under.</summary>
public sealed record SiteRef(string Id, Uri WebUrl, string DisplayName);

/// <summary>An existing list: columns (hidden ones included), the rows read for seeding or retirement checks, REST settings and views.</summary>
public sealed record ListState(string Id, string DisplayName, string Template, IReadOnlyList<ColumnState> Columns, IReadOnlyList<ItemState> Items, RestList? Rest)
{
    /// <summary>Finds a column by id (when given) or internal name, hidden ones included.</summary>
    public ColumnState? FindColumn(string name, string? id = null) =>
        Columns.FirstOrDefault(c => id is not null && string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A column as Graph returns it; <see cref="Json"/> is the columnDefinition.</summary>
public sealed record ColumnState(string Id, string Name, JsonObject Json);

/// <summary>A list item's id, eTag and the fields read.</summary>
public sealed record ItemState(string Id, string? ETag, JsonObject Fields)
{
    public string? Text(string field) => Fields[field] is JsonValue v ? v.ToString() : Fields[field]?.ToJsonString();
}
