using System.Globalization;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Shapes;

/// <summary>The Graph <c>listItem</c> resource.</summary>
internal static class ItemJson
{
    public static JsonObject Write(ListRecord list, ItemRecord item, TenantModel model, string baseUrl, string? select, string? expand)
    {
        var site = model.SiteOf(list);
        var json = new JsonObject
        {
            ["@odata.etag"] = ETag(item),
            ["createdDateTime"] = Projection.Timestamp(item.Created),
            ["eTag"] = ETag(item),
            ["id"] = item.Id.ToString(CultureInfo.InvariantCulture),
            ["lastModifiedDateTime"] = Projection.Timestamp(item.Modified),
            ["webUrl"] = WebUrl(list, item, model, baseUrl),
            ["createdBy"] = Projection.IdentitySet(item.CreatedBy),
            ["lastModifiedBy"] = Projection.IdentitySet(item.ModifiedBy),
            ["parentReference"] = new JsonObject { ["id"] = list.Id.ToString(), ["siteId"] = site.Id },
            ["contentType"] = new JsonObject
            {
                ["id"] = list.IsLibrary ? "0x0101" : "0x01",
                ["name"] = list.IsLibrary ? "Document" : "Item",
            },
            ["sharepointIds"] = new JsonObject
            {
                ["listId"] = list.Id.ToString(),
                ["listItemId"] = item.Id.ToString(CultureInfo.InvariantCulture),
                ["listItemUniqueId"] = item.UniqueId.ToString(),
                ["siteId"] = site.SiteCollectionId.ToString(),
                ["siteUrl"] = model.WebUrl(baseUrl, site),
                ["webId"] = site.WebId.ToString(),
            },
        };
        var selected = ODataOptions.ParseSelect(select);
        if (selected?.Contains("sharepointIds") != true)
        {
            json.Remove("sharepointIds");
        }

        if (ODataOptions.FindExpand(expand, "fields") is { } fields)
        {
            json["fields"] = FieldsJson.Write(list, item, model, ODataOptions.ParseSelect(fields.Select));
        }

        return Projection.Select(json, selected, "id", "fields");
    }

    /// <summary>The listItem eTag: <c>"{GUID},n"</c> with braces and upper case, as SharePoint sends it.</summary>
    public static string ETag(ItemRecord item) => $"\"{{{item.UniqueId.ToString().ToUpperInvariant()}}},{item.Version}\"";

    private static string WebUrl(ListRecord list, ItemRecord item, TenantModel model, string baseUrl)
    {
        if (item.DriveItemId is { } driveItemId && model.FindDriveItem(driveItemId) is { } file)
        {
            return baseUrl + TenantModel.EscapePath(model.ServerRelativePath(file));
        }

        var listUrl = list.ServerRelativeUrl(model.SiteOf(list));
        return baseUrl + TenantModel.EscapePath(listUrl) + "/DispForm.aspx?ID=" + item.Id.ToString(CultureInfo.InvariantCulture);
    }
}
