using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>Lists of a site: enumerate (with <c>displayName eq</c>), get with <c>$expand=columns</c>, create with columns.</summary>
internal sealed class ListsEndpoints(TenantModel model)
{
    public void Map(Router router)
    {
        router.Map("GET", "sites/{site}/lists", ListLists);
        router.Map("POST", "sites/{site}/lists", CreateList);
        router.Map("GET", "sites/{site}/lists/{list}", GetList);
        router.Map("PATCH", "sites/{site}/lists/{list}", UpdateList);
        router.Map("DELETE", "sites/{site}/lists/{list}", DeleteList);
    }

    public JsonObject Write(ListRecord list, TenantRequest request)
    {
        var json = ListJson.Write(list, model, request.BaseUrl);
        var expand = request.Query.Option("expand");
        if (ODataOptions.FindExpand(expand, "columns") is { } columns)
        {
            var select = ODataOptions.ParseSelect(columns.Select);
            json["columns"] = new JsonArray(ColumnsEndpoints.Visible(list, select).Select(column => (JsonNode?)Projection.Select(ColumnJson.Write(column), select, "id")).ToArray());
        }

        if (ODataOptions.FindExpand(expand, "drive") is not null && list.DriveId is not null)
        {
            json["drive"] = DriveJson.Write(list, model, request.BaseUrl);
        }

        return Projection.Select(json, ODataOptions.ParseSelect(request.Query.Option("select")), "id", "columns", "drive");
    }

    private TenantResponse ListLists(TenantRequest request, RouteValues route)
    {
        var site = model.Site(route["site"]);
        var lists = model.State.Lists.Values.Where(list => list.SiteId == site.Id).OrderBy(list => list.Created).ToList();
        var filter = request.Query.Option("filter");
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var clauses = FilterParser.Parse(filter);
            lists = lists.Where(list => clauses.All(clause => clause.Property.Equals("displayName", StringComparison.OrdinalIgnoreCase)
                ? string.Equals(list.DisplayName, clause.Value, StringComparison.OrdinalIgnoreCase)
                : throw GraphException.BadRequest($"Filtering lists by '{clause.Property}' is not supported."))).ToList();
        }

        return Responses.Collection(lists.Select(list => (JsonNode)Write(list, request)));
    }

    private TenantResponse GetList(TenantRequest request, RouteValues route)
    {
        var list = model.List(model.Site(route["site"]), route["list"]);
        return Responses.Ok(Write(list, request));
    }

    private TenantResponse CreateList(TenantRequest request, RouteValues route)
    {
        var site = model.Site(route["site"]);
        var body = request.JsonBody();
        var displayName = (string?)body["displayName"] ?? throw GraphException.BadRequest("displayName is required.");
        var template = (string?)body["list"]?["template"] ?? "genericList";
        var list = new ListFactory(model).Create(site, displayName, (string?)body["description"] ?? string.Empty, template, body["columns"] as JsonArray);
        if (body["list"]?["contentTypesEnabled"]?.GetValue<bool>() == true || body["list"]?["hidden"]?.GetValue<bool>() == true)
        {
            list.ContentTypesEnabled = body["list"]?["contentTypesEnabled"]?.GetValue<bool>() == true;
            list.Hidden = body["list"]?["hidden"]?.GetValue<bool>() == true;
            model.State.Save(list);
        }

        return Responses.Created(Write(list, request));
    }

    private TenantResponse UpdateList(TenantRequest request, RouteValues route)
    {
        var list = model.List(model.Site(route["site"]), route["list"]);
        var body = request.JsonBody();
        list.DisplayName = (string?)body["displayName"] ?? list.DisplayName;
        list.Description = (string?)body["description"] ?? list.Description;
        list.Modified = model.Now;
        list.Version++;
        model.State.Save(list);
        return Responses.Ok(Write(list, request));
    }

    private TenantResponse DeleteList(TenantRequest request, RouteValues route)
    {
        var list = model.List(model.Site(route["site"]), route["list"]);
        foreach (var item in model.State.ItemsOf(list.Id).Values.ToList())
        {
            model.State.Delete(item);
        }

        foreach (var driveItem in model.State.DriveItems.Values.Where(entry => entry.ListId == list.Id).ToList())
        {
            model.State.Delete(driveItem);
        }

        model.State.DeleteList(list);
        return Responses.NoContent();
    }
}
