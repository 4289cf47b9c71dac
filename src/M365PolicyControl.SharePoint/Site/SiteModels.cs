namespace M365PolicyControl.SharePoint.Site;

/// <summary>A site: Graph id and the web URL SharePoint REST is addressed under.</summary>
public sealed record SiteInfo(string Id, Uri WebUrl, string DisplayName);

public sealed record ListInfo(string Id, string DisplayName, string Template, Uri? WebUrl);

/// <summary>A list item: id, eTag (for If-Match) and its fields by internal name.</summary>
public sealed record ListItemData(string Id, string? ETag, IReadOnlyDictionary<string, object?> Fields);

/// <summary>A query over list items; <paramref name="Select"/> names the fields to return (all when empty).</summary>
public sealed record ItemQuery(string? Filter = null, IReadOnlyList<string>? Select = null, int PageSize = 200);

public sealed record DriveItemData(string Id, string Name, string? ETag, string? CTag, long? Size, Uri? WebUrl);

public sealed record DownloadedFile(byte[] Content, string? ETag);

public sealed record FileVersionData(string Id, DateTimeOffset? LastModified, long? Size);

/// <summary>A write carried a stale eTag: someone changed the item since it was read. Re-read and decide.</summary>
public sealed class PreconditionFailedException(string what, Exception inner) : Exception($"{what} changed since it was read (412).", inner);

/// <summary>Helpers for Graph field values that need annotations.</summary>
public static class FieldValues
{
    /// <summary>Adds a multi-value person or lookup field (<c>{name}LookupId</c> with <c>Collection(Edm.Int32)</c>).</summary>
    public static void AddLookupIds(IDictionary<string, object?> fields, string name, IEnumerable<int> ids)
    {
        fields[$"{name}LookupId@odata.type"] = "Collection(Edm.Int32)";
        fields[$"{name}LookupId"] = ids.ToArray();
    }

    /// <summary>Adds a multi-choice field (<c>Collection(Edm.String)</c>).</summary>
    public static void AddChoices(IDictionary<string, object?> fields, string name, IEnumerable<string> values)
    {
        fields[$"{name}@odata.type"] = "Collection(Edm.String)";
        fields[name] = values.ToArray();
    }
}
