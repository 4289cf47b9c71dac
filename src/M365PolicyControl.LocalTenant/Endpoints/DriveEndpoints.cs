using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>Drives and driveItem metadata: get, children, create folder, delete.</summary>
internal sealed class DriveEndpoints(TenantModel model, DownloadLinks links)
{
    private readonly DriveLocator _locator = new(model);

    public void Map(Router router)
    {
        router.Map("GET", "sites/{site}/drives", ListDrives);
        foreach (var prefix in DriveLocator.Prefixes)
        {
            router.Map("GET", prefix, GetDrive);
        }

        DriveLocator.MapAll(router, "GET", "/items/{item}", GetItem);
        DriveLocator.MapAll(router, "DELETE", "/items/{item}", DeleteItem);
        DriveLocator.MapAll(router, "GET", "/items/{item}/children", ListChildren);
        DriveLocator.MapAll(router, "POST", "/items/{item}/children", CreateFolder);
    }

    private TenantResponse ListDrives(TenantRequest request, RouteValues route)
    {
        var site = model.Site(route["site"]);
        var drives = model.State.Lists.Values.Where(list => list.SiteId == site.Id && list.IsLibrary).OrderBy(list => list.Created);
        return Responses.Collection(drives.Select(library => (JsonNode)DriveJson.Write(library, model, request.BaseUrl)));
    }

    private TenantResponse GetDrive(TenantRequest request, RouteValues route) =>
        Responses.Ok(DriveJson.Write(_locator.Library(route), model, request.BaseUrl));

    private TenantResponse GetItem(TenantRequest request, RouteValues route)
    {
        var item = _locator.Item(_locator.Library(route), route["item"]);
        if (Preconditions.IfNoneMatchHits(request, item.ETag))
        {
            return TenantResponse.Empty(304);
        }

        return Responses.Ok(DriveItemJson.Write(item, model, links, request));
    }

    private TenantResponse ListChildren(TenantRequest request, RouteValues route)
    {
        var folder = _locator.Item(_locator.Library(route), route["item"]);
        return Responses.Collection(model.Children(folder).Select(child => (JsonNode)DriveItemJson.Write(child, model, links, request)));
    }

    private TenantResponse CreateFolder(TenantRequest request, RouteValues route)
    {
        var library = _locator.Library(route);
        var parent = _locator.Item(library, route["item"]);
        var body = request.JsonBody();
        var name = (string?)body["name"] ?? throw GraphException.BadRequest("name is required.");
        if (body["folder"] is null)
        {
            throw GraphException.BadRequest("Only folders can be created through children; upload files with PUT content.");
        }

        var files = new DriveFiles(model, new Versioning(model));
        if (model.ChildByName(parent, name) is not null)
        {
            var behavior = (string?)body["@microsoft.graph.conflictBehavior"] ?? "fail";
            name = behavior == "rename" ? files.FreeName(parent, name) : throw GraphException.Conflict($"The specified item name already exists. Name: {name}");
        }

        var folder = files.CreateFolder(library, parent, name, request.ActingUserUpn);
        return Responses.Created(DriveItemJson.Write(folder, model, links, request));
    }

    private TenantResponse DeleteItem(TenantRequest request, RouteValues route)
    {
        var library = _locator.Library(route);
        var item = _locator.Item(library, route["item"]);
        if (item.ParentId is null)
        {
            throw new GraphException(403, "accessDenied", "The root folder cannot be deleted.");
        }

        Preconditions.RequireIfMatch(request, item.ETag, item.IsFolder ? item.ETag : item.CTag);
        DeleteTree(item);
        return Responses.NoContent();
    }

    private void DeleteTree(DriveItemRecord item)
    {
        foreach (var child in model.Children(item).ToList())
        {
            DeleteTree(child);
        }

        if (model.ListItemOf(item) is { } listItem)
        {
            model.State.Delete(listItem);
        }

        model.State.Delete(item);
    }
}
