using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>
/// A list item's versions (<c>listItemVersion</c>, newest first, current included), one version by
/// label, and the fields of one version as they were when it was recorded.
/// </summary>
internal sealed class ItemVersionsEndpoints(TenantModel model)
{
    public void Map(Router router)
    {
        router.Map("GET", "sites/{site}/lists/{list}/items/{item}/versions", ListVersions);
        router.Map("GET", "sites/{site}/lists/{list}/items/{item}/versions/{version}", GetVersion);
        router.Map("GET", "sites/{site}/lists/{list}/items/{item}/versions/{version}/fields", GetVersionFields);
    }

    private TenantResponse ListVersions(TenantRequest request, RouteValues route)
    {
        var (list, item) = Resolve(route);
        var select = request.Query.Option("select");
        var expand = request.Query.Option("expand");
        var versions = item.Versions.AsEnumerable().Reverse()
            .Select(version => (JsonNode)ListItemVersionJson.Write(list, item, version, model, select, expand));
        return Responses.Collection(versions);
    }

    private TenantResponse GetVersion(TenantRequest request, RouteValues route)
    {
        var (list, item) = Resolve(route);
        var version = Version(item, route["version"]);
        return Responses.Ok(ListItemVersionJson.Write(list, item, version, model, request.Query.Option("select"), request.Query.Option("expand")));
    }

    private TenantResponse GetVersionFields(TenantRequest request, RouteValues route)
    {
        var (list, item) = Resolve(route);
        var version = Version(item, route["version"]);
        return Responses.Ok(ListItemVersionJson.Fields(list, item, version, model, ODataOptions.ParseSelect(request.Query.Option("select"))));
    }

    private (ListRecord List, ItemRecord Item) Resolve(RouteValues route)
    {
        var list = model.List(model.Site(route["site"]), route["list"]);
        return (list, model.Item(list, route["item"]));
    }

    private static VersionRecord Version(ItemRecord item, string label) =>
        item.Versions.FirstOrDefault(version => version.Label == label) ?? throw GraphException.NotFound($"The version '{label}'");
}
