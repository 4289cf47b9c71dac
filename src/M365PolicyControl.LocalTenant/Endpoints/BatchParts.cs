using System.Text;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>One request inside a <c>$batch</c>.</summary>
internal sealed record BatchPart(string Id, string Method, string Url, Dictionary<string, string> Headers, byte[] Body, IReadOnlyList<string> DependsOn)
{
    /// <summary>The part as a request relative to the Graph root (<c>/sites/…</c> becomes <c>/v1.0/sites/…</c>).</summary>
    public TenantRequest ToRequest(TenantRequest outer)
    {
        var relative = Url.StartsWith('/') ? Url : "/" + Url;
        if (!relative.StartsWith("/v1.0/", StringComparison.OrdinalIgnoreCase))
        {
            relative = "/v1.0" + relative;
        }

        var question = relative.IndexOf('?');
        var path = question < 0 ? relative : relative[..question];
        var query = question < 0 ? string.Empty : relative[question..];
        var headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase);
        return new TenantRequest(Method, path, query, headers, Body, outer.BaseUri) { ActingUserUpn = outer.ActingUserUpn };
    }
}

/// <summary>Validates a batch body; any problem makes the whole batch a 400, as Graph does.</summary>
internal static class BatchParts
{
    public static IReadOnlyList<BatchPart> Parse(JsonObject body)
    {
        var requests = body["requests"] as JsonArray ?? throw GraphException.BadRequest("The batch body must have a 'requests' array.");
        if (requests.Count > BatchEndpoint.MaxRequests)
        {
            throw GraphException.BadRequest($"Number of batch request steps exceeds the maximum of {BatchEndpoint.MaxRequests}.");
        }

        var parts = requests.Select(node => Part(node as JsonObject ?? throw GraphException.BadRequest("Each batch request must be an object."))).ToList();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts.Where(part => !ids.Add(part.Id)))
        {
            throw GraphException.BadRequest($"Batch request id '{part.Id}' is used more than once.");
        }

        foreach (var dependency in parts.SelectMany(part => part.DependsOn.Select(id => (part.Id, id))).Where(pair => !ids.Contains(pair.id)))
        {
            throw GraphException.BadRequest($"Batch request '{dependency.Item1}' depends on unknown request '{dependency.id}'.");
        }

        return parts;
    }

    private static BatchPart Part(JsonObject node)
    {
        var id = (string?)node["id"] ?? throw GraphException.BadRequest("Each batch request needs an id.");
        var method = (string?)node["method"] ?? throw GraphException.BadRequest($"Batch request '{id}' needs a method.");
        var url = (string?)node["url"] ?? throw GraphException.BadRequest($"Batch request '{id}' needs a url.");
        if (Uri.TryCreate(url, UriKind.Absolute, out _) && !url.StartsWith('/'))
        {
            throw GraphException.BadRequest($"Batch request '{id}': the url must be relative.");
        }

        var headers = (node["headers"] as JsonObject)?.ToDictionary(pair => pair.Key, pair => pair.Value?.ToString() ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                      ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = Body(id, node["body"], headers);
        var dependsOn = (node["dependsOn"] as JsonArray)?.Select(entry => (string)entry!).ToList() ?? [];
        return new BatchPart(id, method.ToUpperInvariant(), url, headers, body, dependsOn);
    }

    private static byte[] Body(string id, JsonNode? body, Dictionary<string, string> headers)
    {
        if (body is null)
        {
            return [];
        }

        if (!headers.ContainsKey("Content-Type"))
        {
            throw GraphException.BadRequest($"Batch request '{id}' has a body but no Content-Type header.");
        }

        if (body is JsonValue value && value.TryGetValue<string>(out var text))
        {
            var buffer = new byte[text.Length];
            return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : Encoding.UTF8.GetBytes(text);
        }

        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }
}
