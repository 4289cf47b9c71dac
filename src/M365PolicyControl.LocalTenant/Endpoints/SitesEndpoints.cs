using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>GET sites by host and path, by id, <c>root</c>; the site list.</summary>
internal sealed class SitesEndpoints(TenantModel model)
{
    public void Map(Router router)
    {
        router.Map("GET", "sites", ListSites);
        router.Map("GET", "sites/{site}", GetSite);
    }

    private TenantResponse GetSite(TenantRequest request, RouteValues route)
    {
        var site = model.Site(route["site"]);
        var select = ODataOptions.ParseSelect(request.Query.Option("select"));
        var json = SiteJson.Write(site, model, request.BaseUrl);
        if (select?.Contains("sharepointIds") != true)
        {
            json.Remove("sharepointIds");
        }

        return Responses.Ok(Projection.Select(json, select, "id"));
    }

    private TenantResponse ListSites(TenantRequest request, RouteValues route)
    {
        var sites = model.State.Sites.Values.OrderBy(site => site.ServerRelativeUrl).Select(site =>
        {
            var json = SiteJson.Write(site, model, request.BaseUrl);
            json.Remove("sharepointIds");
            return json;
        });
        return Responses.Collection(sites);
    }
}
