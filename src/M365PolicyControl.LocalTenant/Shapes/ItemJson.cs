using System.Globalization;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Shapes;

/// <summary>The Graph <c>listItem</c> resource.</summary>
internal static class ItemJson
{
    public static JsonObject Write(ListRecord list, ItemRecord item, TenantModel model, string baseUrl, string? select, string? expand) =>
        Write(list, item, model, baseUrl, ItemQuery.Parse(select, expand));

    /// <summary>Writes one item with <c>$select</c>/<c>$expand</c> parsed once for a whole page.</summary>
    public static JsonObject Write(ListRecord list, ItemRecord item, TenantModel model, string baseUrl, ItemQuery query)
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
        var selected = query.Select;
        if (selected?.Contains("sharepointIds") != true)
        {
            json.Remove("sharepointIds");
        }

        if (query.ExpandFields)
        {
            json["fields"] = FieldsJson.Write(list, item, model, query.FieldsSelect);
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

/// <summary>The <c>$select</c> and <c>$expand=fields($select=…)</c> of an item request, parsed once.</summary>
internal sealed record ItemQuery(HashSet<string>? Select, bool ExpandFields, HashSet<string>? FieldsSelect)
{
    public static ItemQuery Parse(string? select, string? expand) =>
        ODataOptions.FindExpand(expand, "fields") is { } fields
            ? new ItemQuery(ODataOptions.ParseSelect(select), true, ODataOptions.ParseSelect(fields.Select))
            : new ItemQuery(ODataOptions.ParseSelect(select), false, null);
}
