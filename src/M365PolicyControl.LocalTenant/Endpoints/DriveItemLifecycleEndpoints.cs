using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>
/// A file's versions (newest first, current included), restore, its listItem and fields, and
/// Graph's checkout / checkin / discardCheckout (reference §4.5-4.7).
/// </summary>
internal sealed class DriveItemLifecycleEndpoints(TenantModel model, Versioning versioning)
{
    private readonly DriveLocator _locator = new(model);
    private readonly ItemFieldUpdate _fieldUpdate = new(model, versioning);

    public void Map(Router router)
    {
        DriveLocator.MapAll(router, "GET", "/items/{item}/versions", ListVersions);
        DriveLocator.MapAll(router, "POST", "/items/{item}/versions/{version}/restoreVersion", RestoreVersion);
        DriveLocator.MapAll(router, "GET", "/items/{item}/listItem", GetListItem);
        DriveLocator.MapAll(router, "GET", "/items/{item}/listItem/fields", GetListItemFields);
        DriveLocator.MapAll(router, "PATCH", "/items/{item}/listItem/fields", PatchListItemFields);
        DriveLocator.MapAll(router, "POST", "/items/{item}/checkout", CheckOut);
        DriveLocator.MapAll(router, "POST", "/items/{item}/checkin", CheckIn);
        DriveLocator.MapAll(router, "POST", "/items/{item}/discardCheckout", DiscardCheckout);
    }

    private TenantResponse ListVersions(TenantRequest request, RouteValues route)
    {
        var (_, _, listItem) = Resolve(route);
        var versions = listItem.Versions.AsEnumerable().Reverse().Select(version => (JsonNode)new JsonObject
        {
            ["id"] = version.Label,
            ["lastModifiedDateTime"] = Projection.Timestamp(version.Modified),
            ["size"] = version.Size,
            ["lastModifiedBy"] = Projection.IdentitySet(version.ModifiedBy),
        });
        return Responses.Collection(versions);
    }

    private TenantResponse RestoreVersion(TenantRequest request, RouteValues route)
    {
        var (library, file, listItem) = Resolve(route);
        var version = listItem.Versions.FirstOrDefault(entry => entry.Label == route["version"]) ?? throw GraphException.NotFound("The version");
        file.BlobId = version.BlobId;
        file.Size = version.Size;
        file.ContentVersion++;
        new DriveFiles(model, versioning).Touch(file, request.ActingUserUpn);
        versioning.RecordChange(library, listItem, version.BlobId, version.Size, request.ActingUserUpn);
        model.State.Save(listItem);
        return Responses.NoContent();
    }

    private TenantResponse GetListItem(TenantRequest request, RouteValues route)
    {
        var (library, _, listItem) = Resolve(route);
        return Responses.Ok(ItemJson.Write(library, listItem, model, request.BaseUrl, request.Query.Option("select"), request.Query.Option("expand")));
    }

    private TenantResponse GetListItemFields(TenantRequest request, RouteValues route)
    {
        var (library, _, listItem) = Resolve(route);
        return Responses.Ok(FieldsJson.Write(library, listItem, model, ODataOptions.ParseSelect(request.Query.Option("select"))));
    }

    private TenantResponse PatchListItemFields(TenantRequest request, RouteValues route)
    {
        var (library, _, listItem) = Resolve(route);
        return Responses.Ok(_fieldUpdate.Apply(request, library, listItem));
    }

    private TenantResponse CheckOut(TenantRequest request, RouteValues route)
    {
        var (_, file, listItem) = Resolve(route);
        versioning.CheckOut(listItem, request.ActingUserUpn);
        Save(file, listItem, request);
        return Responses.NoContent();
    }

    private TenantResponse CheckIn(TenantRequest request, RouteValues route)
    {
        var (library, file, listItem) = Resolve(route);
        var body = request.JsonBody();
        var published = string.Equals((string?)body["checkInAs"], "published", StringComparison.OrdinalIgnoreCase);
        versioning.CheckIn(library, listItem, published ? 1 : 0, (string?)body["comment"] ?? string.Empty, request.ActingUserUpn);
        Save(file, listItem, request);
        return Responses.NoContent();
    }

    private TenantResponse DiscardCheckout(TenantRequest request, RouteValues route)
    {
        var (_, file, listItem) = Resolve(route);
        versioning.UndoCheckOut(listItem, request.ActingUserUpn);
        Save(file, listItem, request);
        return Responses.NoContent();
    }

    private (ListRecord Library, DriveItemRecord File, ItemRecord ListItem) Resolve(RouteValues route)
    {
        var library = _locator.Library(route);
        var file = _locator.Item(library, route["item"]);
        var listItem = model.ListItemOf(file) ?? throw GraphException.NotFound("The list item of this drive item");
        return (library, file, listItem);
    }

    private void Save(DriveItemRecord file, ItemRecord listItem, TenantRequest request)
    {
        model.State.Save(listItem);
        new DriveFiles(model, versioning).Sync(file, listItem, request.ActingUserUpn);
    }
}
