using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>
/// Resolves the drive of <c>drives/{drive}</c>, <c>sites/{site}/drive</c> and
/// <c>sites/{site}/lists/{list}/drive</c>, and items by id, <c>root</c> or path (<c>root:/a/b.docx</c>).
/// </summary>
internal sealed class DriveLocator(TenantModel model)
{
    public static readonly string[] Prefixes = ["drives/{drive}", "sites/{site}/drive", "sites/{site}/lists/{list}/drive"];

    /// <summary>Maps one drive route under all three prefixes.</summary>
    public static void MapAll(Router router, string method, string suffix, Func<TenantRequest, RouteValues, TenantResponse> handler)
    {
        foreach (var prefix in Prefixes)
        {
            router.Map(method, prefix + suffix, handler);
        }
    }

    public ListRecord Library(RouteValues route)
    {
        if (route.Optional("drive") is { } driveId)
        {
            return model.Library(driveId);
        }

        var site = model.Site(route["site"]);
        var library = route.Optional("list") is { } list ? model.List(site, list) : model.DefaultLibrary(site);
        return library.DriveId is null ? throw GraphException.BadRequest("The list is not a document library and has no drive.") : library;
    }

    public DriveItemRecord Root(ListRecord library) => model.State.DriveItems[library.RootFolderItemId!];

    /// <summary>The addressed item; 404 itemNotFound when it does not exist.</summary>
    public DriveItemRecord Item(ListRecord library, string key) =>
        Find(library, key) ?? throw GraphException.NotFound("The resource could not be found; the item");

    public DriveItemRecord? Find(ListRecord library, string key)
    {
        var (folder, path) = Split(library, key);
        return path.Length == 0 ? folder : Walk(folder, path);
    }

    /// <summary>For path addressing: the base item and the relative path (empty when addressed by id).</summary>
    public (DriveItemRecord Base, string Path) Split(ListRecord library, string key)
    {
        var head = PathSegments.AddressHead(key);
        var path = PathSegments.AddressPath(key) ?? string.Empty;
        var baseItem = head.Equals("root", StringComparison.OrdinalIgnoreCase)
            ? Root(library)
            : model.FindDriveItem(head) is { } found && found.DriveId == library.DriveId ? found : throw GraphException.NotFound("The item");
        return (baseItem, path.Trim('/'));
    }

    private DriveItemRecord? Walk(DriveItemRecord folder, string path)
    {
        DriveItemRecord? current = folder;
        foreach (var name in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current is null ? null : model.ChildByName(current, name);
        }

        return current;
    }
}
