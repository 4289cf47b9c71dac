using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>
/// A list's <c>fields</c>: GET all, <c>CreateFieldAsXml</c> (reference §3.4, the path for column
/// types Graph cannot create), <c>GetByInternalNameOrTitle('…')</c> / <c>fields(guid'…')</c> GET, MERGE, DELETE.
/// </summary>
internal static class RestFields
{
    public static TenantResponse Handle(TenantRequest request, string method, ListRecord list, TenantModel model, List<RestSegment> segments)
    {
        var fields = segments[0];
        var next = segments.ElementAtOrDefault(1);
        if (next is not null && next.Is("CreateFieldAsXml") && method == "POST")
        {
            return Create(request, list, model);
        }

        var key = fields.Positional.FirstOrDefault() ?? (next is not null && (next.Is("GetByInternalNameOrTitle") || next.Is("GetByTitle") || next.Is("GetById")) ? next.Positional.FirstOrDefault() : null);
        if (key is null)
        {
            return method == "GET"
                ? RestJson.Collection(request, list.Columns.Select(RestFieldJson.Write))
                : throw new GraphException(405, "methodNotAllowed", "Create fields with fields/CreateFieldAsXml.");
        }

        var column = list.FindColumn(key) ?? list.Columns.FirstOrDefault(candidate => string.Equals((string?)candidate["displayName"], key, StringComparison.OrdinalIgnoreCase))
                     ?? throw new GraphException(404, "itemNotFound", $"Column '{key}' does not exist. It may have been deleted by another user.");
        return method switch
        {
            "GET" => RestJson.Entity(request, RestFieldJson.Write(column), "SP.Field", request.BaseUrl + request.RawPath),
            "MERGE" => Update(request, list, model, column),
            "DELETE" => Delete(list, model, column),
            _ => throw new GraphException(405, "methodNotAllowed", $"{method} is not supported on a field."),
        };
    }

    private static TenantResponse Create(TenantRequest request, ListRecord list, TenantModel model)
    {
        var parameters = RestJson.Body(request, unwrapParameters: true);
        var schemaXml = (string?)parameters["SchemaXml"] ?? throw GraphException.BadRequest("parameters.SchemaXml is required.");
        var options = parameters["Options"]?.GetValue<int>() ?? 0;
        var column = ColumnRules.Create(FieldSchemaXml.ToColumn(schemaXml, options), list, model);
        list.Columns.Add(column);
        Touch(list, model);
        return RestJson.Entity(request, RestFieldJson.Write(column), "SP.Field", request.BaseUrl + request.RawPath);
    }

    private static TenantResponse Update(TenantRequest request, ListRecord list, TenantModel model, JsonObject column)
    {
        var body = RestJson.Body(request);
        var patch = new JsonObject();
        foreach (var (key, value) in body)
        {
            var graphName = key switch
            {
                "Title" => "displayName", "Description" => "description", "Required" => "required", "Hidden" => "hidden",
                "Indexed" => "indexed", "EnforceUniqueValues" => "enforceUniqueValues", "Group" => "columnGroup",
                _ => throw GraphException.BadRequest($"The property '{key}' cannot be updated on a field by the local tenant."),
            };
            patch[graphName] = value?.DeepClone();
        }

        var candidate = (JsonObject)column.DeepClone();
        ColumnRules.Update(candidate, patch, list, model);
        list.Columns[list.Columns.IndexOf(column)] = candidate;
        Touch(list, model);
        return TenantResponse.Empty(204);
    }

    private static TenantResponse Delete(ListRecord list, TenantModel model, JsonObject column)
    {
        if (BuiltInColumns.IsBuiltIn(column))
        {
            throw new GraphException(403, "accessDenied", "You cannot delete a built-in field.");
        }

        list.Columns.Remove(column);
        Touch(list, model);
        return TenantResponse.Empty(204);
    }

    private static void Touch(ListRecord list, TenantModel model)
    {
        list.Modified = model.Now;
        list.Version++;
        model.State.Save(list);
    }
}
