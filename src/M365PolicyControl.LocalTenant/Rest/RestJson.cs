using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>
/// SharePoint REST's two JSON flavours (reference §3.1): <c>odata=nometadata</c> answers flat
/// objects and <c>{"value":[…]}</c>; <c>odata=verbose</c> wraps them in <c>{"d":…}</c> with
/// <c>__metadata</c> and collections as <c>{"d":{"results":[…]}}</c>.
/// </summary>
internal static class RestJson
{
    public static bool IsVerbose(TenantRequest request) =>
        request.Header("Accept")?.Contains("odata=verbose", StringComparison.OrdinalIgnoreCase) == true;

    public static TenantResponse Entity(TenantRequest request, JsonObject entity, string type, string uri)
    {
        var selected = RestSelect.Apply(entity, request.Query.Option("select"));
        if (!IsVerbose(request))
        {
            return TenantResponse.FromJson(200, selected, "application/json;odata=nometadata");
        }

        var verbose = new JsonObject { ["__metadata"] = new JsonObject { ["id"] = uri, ["uri"] = uri, ["type"] = type } };
        foreach (var (key, value) in selected)
        {
            verbose[key] = value is JsonArray array ? new JsonObject { ["results"] = array.DeepClone() } : value?.DeepClone();
        }

        return TenantResponse.FromJson(200, new JsonObject { ["d"] = verbose }, "application/json;odata=verbose");
    }

    public static TenantResponse Collection(TenantRequest request, IEnumerable<JsonObject> entities)
    {
        var select = request.Query.Option("select");
        var items = new JsonArray(entities.Select(entity => (JsonNode?)RestSelect.Apply(entity, select)).ToArray());
        return IsVerbose(request)
            ? TenantResponse.FromJson(200, new JsonObject { ["d"] = new JsonObject { ["results"] = items } }, "application/json;odata=verbose")
            : TenantResponse.FromJson(200, new JsonObject { ["value"] = items }, "application/json;odata=nometadata");
    }

    /// <summary>What void actions (approve, check-in, …) answer: <c>{"odata.null":true}</c> in nometadata.</summary>
    public static TenantResponse Null(TenantRequest request) => IsVerbose(request)
        ? TenantResponse.FromJson(200, new JsonObject { ["d"] = new JsonObject() }, "application/json;odata=verbose")
        : TenantResponse.FromJson(200, new JsonObject { ["odata.null"] = true }, "application/json;odata=nometadata");

    /// <summary>The request body without verbose's <c>__metadata</c> (and unwrapped from <c>parameters</c> when asked).</summary>
    public static JsonObject Body(TenantRequest request, bool unwrapParameters = false)
    {
        var body = request.JsonBody();
        if (unwrapParameters && body["parameters"] is JsonObject parameters)
        {
            body = parameters;
        }

        body.Remove("__metadata");
        return body;
    }

    /// <summary>A verbose collection property (<c>{"results":[…]}</c>) or a plain array, as strings.</summary>
    public static List<string> Strings(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(entry => (string?)entry ?? string.Empty).ToList(),
        JsonObject { } wrapped when wrapped["results"] is JsonArray results => results.Select(entry => (string?)entry ?? string.Empty).ToList(),
        _ => [],
    };
}
