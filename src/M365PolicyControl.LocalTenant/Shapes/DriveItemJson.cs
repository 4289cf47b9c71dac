using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Shapes;

/// <summary>The Graph <c>driveItem</c> resource (reference §4.4-4.6).</summary>
internal static class DriveItemJson
{
    public static JsonObject Write(DriveItemRecord item, TenantModel model, DownloadLinks links, TenantRequest request)
    {
        var library = model.State.Lists[item.ListId];
        var site = model.SiteOf(library);
        var json = new JsonObject
        {
            ["createdDateTime"] = Projection.Timestamp(item.Created),
            ["eTag"] = item.ETag,
            ["id"] = item.Id,
            ["lastModifiedDateTime"] = Projection.Timestamp(item.Modified),
            ["name"] = item.ParentId is null ? "root" : item.Name,
            ["webUrl"] = request.BaseUrl + TenantModel.EscapePath(model.ServerRelativePath(item)),
            ["size"] = item.Size,
            ["createdBy"] = Projection.IdentitySet(item.CreatedBy),
            ["lastModifiedBy"] = Projection.IdentitySet(item.ModifiedBy),
            ["parentReference"] = ParentReference(item, model, library, site),
            ["fileSystemInfo"] = new JsonObject
            {
                ["createdDateTime"] = Projection.Timestamp(item.Created),
                ["lastModifiedDateTime"] = Projection.Timestamp(item.Modified),
            },
        };
        AddFacets(item, model, links, request, json);
        AddOnRequest(item, model, library, site, request, json);
        return Projection.Select(json, ODataOptions.ParseSelect(request.Query.Option("select")), "id", "listItem");
    }

    private static JsonObject ParentReference(DriveItemRecord item, TenantModel model, ListRecord library, SiteRecord site)
    {
        var reference = new JsonObject { ["driveType"] = "documentLibrary", ["driveId"] = item.DriveId, ["siteId"] = site.Id };
        if (item.ParentId is { } parentId)
        {
            var parent = model.State.DriveItems[parentId];
            reference["id"] = parent.Id;
            reference["name"] = parent.ParentId is null ? library.DisplayName : parent.Name;
            var folderPath = model.ServerRelativePath(parent)[library.ServerRelativeUrl(site).Length..];
            reference["path"] = $"/drives/{item.DriveId}/root:{folderPath}";
        }

        return reference;
    }

    private static void AddFacets(DriveItemRecord item, TenantModel model, DownloadLinks links, TenantRequest request, JsonObject json)
    {
        if (item.IsFolder)
        {
            json["folder"] = new JsonObject { ["childCount"] = model.Children(item).Count() };
            if (item.ParentId is null)
            {
                json["root"] = new JsonObject();
            }

            return;
        }

        json["cTag"] = item.CTag;
        json["@microsoft.graph.downloadUrl"] = links.Url(request.BaseUrl, item);
        // No "hashes": the local tenant does not compute quickXorHash, and a wrong hash is worse than none.
        json["file"] = new JsonObject { ["mimeType"] = MimeTypes.For(item.Name) };
    }

    private static void AddOnRequest(DriveItemRecord item, TenantModel model, ListRecord library, SiteRecord site, TenantRequest request, JsonObject json)
    {
        var select = ODataOptions.ParseSelect(request.Query.Option("select"));
        var listItem = model.ListItemOf(item);
        if (select?.Contains("sharepointIds") == true)
        {
            json["sharepointIds"] = new JsonObject
            {
                ["listId"] = library.Id.ToString(),
                ["listItemId"] = listItem?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["listItemUniqueId"] = listItem?.UniqueId.ToString(),
                ["siteId"] = site.SiteCollectionId.ToString(),
                ["siteUrl"] = model.WebUrl(request.BaseUrl, site),
                ["webId"] = site.WebId.ToString(),
            };
        }

        if (select?.Contains("publication") == true && listItem is not null)
        {
            var publication = new JsonObject { ["level"] = listItem.CheckedOutBy is null ? "published" : "checkout", ["versionId"] = listItem.UiVersionLabel };
            if (listItem.CheckedOutBy is { } holder)
            {
                publication["checkedOutBy"] = Projection.IdentitySet(holder);
            }

            json["publication"] = publication;
        }

        if (ODataOptions.FindExpand(request.Query.Option("expand"), "listItem") is { } expand && listItem is not null)
        {
            json["listItem"] = ItemJson.Write(library, listItem, model, request.BaseUrl, expand.Select, expand.Expand);
        }
    }
}
