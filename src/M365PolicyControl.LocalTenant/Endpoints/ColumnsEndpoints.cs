using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>List columns: GET (hidden ones only when <c>hidden</c> is selected), POST, PATCH, DELETE.</summary>
internal sealed class ColumnsEndpoints(TenantModel model)
{
    public void Map(Router router)
    {
        router.Map("GET", "sites/{site}/lists/{list}/columns", ListColumns);
        router.Map("POST", "sites/{site}/lists/{list}/columns", CreateColumn);
        router.Map("GET", "sites/{site}/lists/{list}/columns/{column}", GetColumn);
        router.Map("PATCH", "sites/{site}/lists/{list}/columns/{column}", UpdateColumn);
        router.Map("DELETE", "sites/{site}/lists/{list}/columns/{column}", DeleteColumn);
    }

    /// <summary>Reference §2.3: hidden columns are left out unless <c>hidden</c> is in <c>$select</c>.</summary>
    public static IEnumerable<JsonObject> Visible(ListRecord list, IReadOnlySet<string>? select) =>
        select?.Contains("hidden") == true ? list.Columns : list.Columns.Where(column => !ColumnJson.IsHidden(column));

    private TenantResponse ListColumns(TenantRequest request, RouteValues route)
    {
        var list = ListOf(route);
        var select = ODataOptions.ParseSelect(request.Query.Option("select"));
        return Responses.Collection(Visible(list, select).Select(column => (JsonNode)Projection.Select(ColumnJson.Write(column), select, "id")));
    }

    private TenantResponse GetColumn(TenantRequest request, RouteValues route)
    {
        var column = ColumnOf(ListOf(route), route["column"]);
        return Responses.Ok(Projection.Select(ColumnJson.Write(column), ODataOptions.ParseSelect(request.Query.Option("select")), "id"));
    }

    private TenantResponse CreateColumn(TenantRequest request, RouteValues route)
    {
        var list = ListOf(route);
        var column = ColumnRules.Create(request.JsonBody(), list, model);
        list.Columns.Add(column);
        Touch(list);
        return Responses.Created(ColumnJson.Write(column));
    }

    private TenantResponse UpdateColumn(TenantRequest request, RouteValues route)
    {
        var list = ListOf(route);
        var column = ColumnOf(list, route["column"]);
        if (BuiltInColumns.IsBuiltIn(column))
        {
            throw new GraphException(403, "accessDenied", $"The built-in column '{column["name"]}' cannot be changed.");
        }

        var candidate = (JsonObject)column.DeepClone();
        ColumnRules.Update(candidate, request.JsonBody(), list, model);
        list.Columns[list.Columns.IndexOf(column)] = candidate;
        Touch(list);
        return Responses.Ok(ColumnJson.Write(candidate));
    }

    private TenantResponse DeleteColumn(TenantRequest request, RouteValues route)
    {
        var list = ListOf(route);
        var column = ColumnOf(list, route["column"]);
        if (BuiltInColumns.IsBuiltIn(column))
        {
            throw new GraphException(403, "accessDenied", $"The built-in column '{column["name"]}' cannot be deleted.");
        }

        list.Columns.Remove(column);
        var name = (string)column["name"]!;
        foreach (var item in model.State.ItemsOf(list.Id).Values.Where(item => item.Fields.ContainsKey(name) || item.Fields.ContainsKey(name + "LookupId")).ToList())
        {
            item.Fields.Remove(name);
            item.Fields.Remove(name + "LookupId");
            model.State.Save(item);
        }

        Touch(list);
        return Responses.NoContent();
    }

    private ListRecord ListOf(RouteValues route) => model.List(model.Site(route["site"]), route["list"]);

    private static JsonObject ColumnOf(ListRecord list, string key) =>
        list.FindColumn(key) ?? throw GraphException.NotFound("The column");

    private void Touch(ListRecord list)
    {
        list.Modified = model.Now;
        list.Version++;
        model.State.Save(list);
    }
}
