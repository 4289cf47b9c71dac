using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Shapes;

/// <summary>The Graph <c>list</c> resource (reference §2.2).</summary>
internal static class ListJson
{
    public static JsonObject Write(ListRecord list, TenantModel model, string baseUrl)
    {
        var site = model.SiteOf(list);
        var admin = Projection.IdentitySet(Directory.SeededDirectory.Admin);
        return new JsonObject
        {
            ["@odata.etag"] = ETag(list),
            ["createdDateTime"] = Projection.Timestamp(list.Created),
            ["description"] = list.Description,
            ["eTag"] = ETag(list),
            ["id"] = list.Id.ToString(),
            ["lastModifiedDateTime"] = Projection.Timestamp(list.Modified),
            ["name"] = list.Name,
            ["webUrl"] = baseUrl + TenantModel.EscapePath(list.ServerRelativeUrl(site)),
            ["displayName"] = list.DisplayName,
            ["createdBy"] = admin,
            ["lastModifiedBy"] = admin.DeepClone(),
            ["parentReference"] = new JsonObject { ["siteId"] = site.Id },
            ["list"] = new JsonObject
            {
                ["contentTypesEnabled"] = list.ContentTypesEnabled,
                ["hidden"] = list.Hidden,
                ["template"] = list.Template,
            },
        };
    }

    public static string ETag(ListRecord list) => $"\"{list.Id},{list.Version}\"";
}
