using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Http;

/// <summary>Shorthands for the answers handlers give most often.</summary>
internal static class Responses
{
    public static TenantResponse Ok(JsonNode body) => TenantResponse.FromJson(200, body);

    public static TenantResponse Created(JsonNode body) => TenantResponse.FromJson(201, body);

    public static TenantResponse NoContent() => TenantResponse.Empty(204);

    public static TenantResponse Collection(IEnumerable<JsonNode> values, string? nextLink = null)
    {
        var body = new JsonObject { ["value"] = new JsonArray(values.ToArray()) };
        if (nextLink is not null)
        {
            body["@odata.nextLink"] = nextLink;
        }

        return Ok(body);
    }
}
