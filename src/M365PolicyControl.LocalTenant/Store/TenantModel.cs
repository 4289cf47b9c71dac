using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>Finds sites, lists, items and drive items from the keys Graph URLs carry.</summary>
internal sealed class TenantModel(TenantState state, string hostname)
{
    public TenantState State { get; } = state;

    public string Hostname { get; } = hostname;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Resolves <c>root</c>, <c>{host}</c>, <c>{host}:/{path}</c> or a composite site id.</summary>
    public SiteRecord Site(string key)
    {
        if (key.Equals("root", StringComparison.OrdinalIgnoreCase))
        {
            return SiteByPath("/");
        }

        var path = PathSegments.AddressPath(key);
        if (path is not null)
        {
            RequireKnownHost(PathSegments.AddressHead(key));
            return SiteByPath("/" + path.Trim('/'));
        }

        var parts = key.Split(',');
        if (parts.Length == 1)
        {
            RequireKnownHost(parts[0]);
            return SiteByPath("/");
        }

        var match = State.Sites.Values.FirstOrDefault(site =>
            Guid.TryParse(parts[1], out var collection) && collection == site.SiteCollectionId &&
            (parts.Length < 3 || (Guid.TryParse(parts[2], out var web) && web == site.WebId)));
        return match ?? throw GraphException.NotFound("The site");
    }

    public SiteRecord SiteByPath(string serverRelativeUrl)
    {
        var wanted = serverRelativeUrl.Length > 1 ? serverRelativeUrl.TrimEnd('/') : "/";
        return State.Sites.Values.FirstOrDefault(site => site.ServerRelativeUrl.Equals(wanted, StringComparison.OrdinalIgnoreCase))
               ?? throw new GraphException(404, "itemNotFound", "Requested site could not be found");
    }

    /// <summary>A list of the site by id, display name or URL name (all three work in Graph).</summary>
    public ListRecord List(SiteRecord site, string key) =>
        FindList(site, key) ?? throw new GraphException(404, "itemNotFound", "The specified list was not found");

    public ListRecord? FindList(SiteRecord site, string key)
    {
        var lists = State.Lists.Values.Where(list => list.SiteId == site.Id).ToList();
        return lists.FirstOrDefault(list => Guid.TryParse(key, out var id) && id == list.Id)
               ?? lists.FirstOrDefault(list => list.DisplayName.Equals(key, StringComparison.OrdinalIgnoreCase))
               ?? lists.FirstOrDefault(list => list.Name.Equals(key, StringComparison.OrdinalIgnoreCase));
    }

    public SiteRecord SiteOf(ListRecord list) => State.Sites[list.SiteId];

    public ItemRecord Item(ListRecord list, string id)
    {
        if (int.TryParse(id, out var number) && State.ItemsOf(list.Id).TryGetValue(number, out var item))
        {
            return item;
        }

        throw GraphException.NotFound("The item");
    }

    public ListRecord Library(string driveId) =>
        State.Lists.Values.FirstOrDefault(list => list.DriveId == driveId)
        ?? throw new GraphException(404, "itemNotFound", "The drive was not found");

    public ListRecord DefaultLibrary(SiteRecord site) =>
        State.Lists.Values.Where(list => list.SiteId == site.Id && list.IsLibrary).OrderBy(list => list.Created).FirstOrDefault()
        ?? throw new GraphException(404, "itemNotFound", "The site has no document library");

    public DriveItemRecord? FindDriveItem(string id) => State.DriveItems.GetValueOrDefault(id);

    public DriveItemRecord? ChildByName(DriveItemRecord folder, string name) =>
        State.DriveItems.Values.FirstOrDefault(item => item.ParentId == folder.Id && item.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<DriveItemRecord> Children(DriveItemRecord folder) =>
        State.DriveItems.Values.Where(item => item.ParentId == folder.Id).OrderBy(item => item.Name, StringComparer.OrdinalIgnoreCase);

    public ItemRecord? ListItemOf(DriveItemRecord driveItem) =>
        driveItem.ListItemId is { } id && State.ItemsOf(driveItem.ListId).TryGetValue(id, out var item) ? item : null;

    /// <summary>The server-relative path of a drive item (<c>/sites/compliance/Shared Documents/a.docx</c>).</summary>
    public string ServerRelativePath(DriveItemRecord item)
    {
        var names = new Stack<string>();
        var current = item;
        while (current.ParentId is not null)
        {
            names.Push(current.Name);
            current = State.DriveItems[current.ParentId];
        }

        var list = State.Lists[item.ListId];
        var prefix = list.ServerRelativeUrl(SiteOf(list));
        return names.Count == 0 ? prefix : prefix + "/" + string.Join('/', names);
    }

    public string WebUrl(string baseUrl, SiteRecord site) => baseUrl + (site.IsRoot ? string.Empty : site.ServerRelativeUrl);

    public static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private void RequireKnownHost(string host)
    {
        var bare = host.Split(':')[0];
        var known = bare.Equals(Hostname, StringComparison.OrdinalIgnoreCase) || bare is "127.0.0.1" or "localhost";
        if (!known)
        {
            throw new GraphException(404, "itemNotFound", $"Requested site could not be found: unknown host '{host}'");
        }
    }
}
