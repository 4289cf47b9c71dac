using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Shapes;

/// <summary>The Graph <c>site</c> resource (reference §1).</summary>
internal static class SiteJson
{
    public static JsonObject Write(SiteRecord site, TenantModel model, string baseUrl)
    {
        var webUrl = model.WebUrl(baseUrl, site);
        var json = new JsonObject
        {
            ["createdDateTime"] = Projection.Timestamp(site.Created),
            ["description"] = site.Description,
            ["id"] = site.Id,
            ["lastModifiedDateTime"] = Projection.Timestamp(site.Modified),
            ["name"] = site.IsRoot ? string.Empty : site.Name,
            ["webUrl"] = webUrl,
            ["displayName"] = site.DisplayName,
            ["siteCollection"] = new JsonObject { ["hostname"] = site.Hostname },
            ["sharepointIds"] = new JsonObject
            {
                ["siteId"] = site.SiteCollectionId.ToString(),
                ["siteUrl"] = webUrl,
                ["webId"] = site.WebId.ToString(),
            },
        };
        if (site.IsRoot)
        {
            json["root"] = new JsonObject();
        }

        return json;
    }
}
