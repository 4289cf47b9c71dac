using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>List items: query with <c>$filter</c>/<c>$expand</c>/<c>$top</c> and paging, create, update fields, delete.</summary>
internal sealed class ItemsEndpoints(TenantModel model, Versioning versioning)
{
    private const int DefaultPageSize = 200;
    private const int MaxPageSize = 5000;

    public void Map(Router router)
    {
        router.Map("GET", "sites/{site}/lists/{list}/items", ListItems);
        router.Map("POST", "sites/{site}/lists/{list}/items", CreateItem);
        router.Map("GET", "sites/{site}/lists/{list}/items/{item}", GetItem);
        router.Map("DELETE", "sites/{site}/lists/{list}/items/{item}", DeleteItem);
        router.Map("GET", "sites/{site}/lists/{list}/items/{item}/fields", GetFields);
        router.Map("PATCH", "sites/{site}/lists/{list}/items/{item}/fields", UpdateFields);
    }

    private TenantResponse ListItems(TenantRequest request, RouteValues route)
    {
        var list = ListOf(route);
        var items = ItemFilter.Apply(list, model.State.ItemsOf(list.Id).Values, request, model);
        var top = Math.Clamp(int.TryParse(request.Query.Option("top"), out var requested) ? requested : DefaultPageSize, 1, MaxPageSize);
        var after = SkipToken.Decode(request.Query.Option("skiptoken"));
        var page = (after > 0 ? items.SkipWhile(item => item.Id <= after) : items).Take(top + 1).ToList();
        string? nextLink = null;
        if (page.Count > top)
        {
            page.RemoveAt(top);
            nextLink = NextLink(request, list, page[^1].Id);
        }

        var query = ItemQuery.Parse(request.Query.Option("select"), request.Query.Option("expand"));
        return Responses.Collection(page.Select(item => (JsonNode)ItemJson.Write(list, item, model, request.BaseUrl, query)), nextLink);
    }

    private TenantResponse GetItem(TenantRequest request, RouteValues route)
    {
        var list = ListOf(route);
        var item = model.Item(list, route["item"]);
        return Responses.Ok(ItemJson.Write(list, item, model, request.BaseUrl, request.Query.Option("select"), request.Query.Option("expand")));
    }

    private TenantResponse GetFields(TenantRequest request, RouteValues route)
    {
        var list = ListOf(route);
        var item = model.Item(list, route["item"]);
        return Responses.Ok(FieldsJson.Write(list, item, model, ODataOptions.ParseSelect(request.Query.Option("select"))));
    }

    private TenantResponse CreateItem(TenantRequest request, RouteValues route)
    {
        var list = ListOf(route);
        if (list.IsLibrary)
        {
            throw GraphException.BadRequest("Files and folders should only be added to a DocumentLibrary via the OneDrive API");
        }

        var user = request.ActingUserUpn;
        var item = new ItemRecord
        {
            ListId = list.Id,
            Id = list.NextItemId,
            UniqueId = Guid.NewGuid(),
            Created = model.Now,
            Modified = model.Now,
            CreatedBy = user,
            ModifiedBy = user,
        };
        FieldWriter.Apply(list, item, request.JsonBody()["fields"] as JsonObject ?? [], model);
        UniqueValues.Require(list, item, model);
        versioning.StartHistory(list, item, blobId: null, size: 0, user);
        list.NextItemId++;
        model.State.Save(list);
        model.State.Save(item);
        return Responses.Created(ItemJson.Write(list, item, model, request.BaseUrl, null, "fields"));
    }

    private TenantResponse UpdateFields(TenantRequest request, RouteValues route)
    {
        var list = ListOf(route);
        var item = model.Item(list, route["item"]);
        return Responses.Ok(new ItemFieldUpdate(model, versioning).Apply(request, list, item));
    }

    private TenantResponse DeleteItem(TenantRequest request, RouteValues route)
    {
        var list = ListOf(route);
        var item = model.Item(list, route["item"]);
        Preconditions.RequireIfMatch(request, ItemJson.ETag(item));
        if (item.DriveItemId is { } driveItemId && model.FindDriveItem(driveItemId) is { } file)
        {
            model.State.Delete(file);
        }

        model.State.Delete(item);
        return Responses.NoContent();
    }

    private ListRecord ListOf(RouteValues route) => model.List(model.Site(route["site"]), route["list"]);

    private string NextLink(TenantRequest request, ListRecord list, int lastId)
    {
        var query = new StringBuilder();
        foreach (var (key, value) in request.Query.All.Where(pair => !pair.Key.TrimStart('$').Equals("skiptoken", StringComparison.OrdinalIgnoreCase)))
        {
            query.Append(query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        query.Append(query.Length == 0 ? '?' : '&').Append("$skiptoken=").Append(Uri.EscapeDataString(SkipToken.Encode(lastId)));
        return $"{request.BaseUrl}/v1.0/sites/{list.SiteId}/lists/{list.Id}/items{query}";
    }
}
