using System.Text;
using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Http;

/// <summary>
/// A request as the handlers see it, independent of Kestrel so that <c>$batch</c> can dispatch
/// its parts to exactly the same handlers as top-level requests.
/// </summary>
internal sealed class TenantRequest
{
    public TenantRequest(string method, string rawPath, string rawQuery, IReadOnlyDictionary<string, string> headers, byte[] body, Uri baseUri)
    {
        Method = method.ToUpperInvariant();
        RawPath = rawPath;
        Query = QueryString.Parse(rawQuery);
        Headers = new Dictionary<string, string>(headers, StringComparer.OrdinalIgnoreCase);
        Body = body;
        BaseUri = baseUri;
        RequestId = Guid.NewGuid().ToString();
        ClientRequestId = Headers.TryGetValue("client-request-id", out var clientId) ? clientId : RequestId;
    }

    public string Method { get; }

    /// <summary>The path as sent, percent-encoding intact (so that %2F inside a segment is not a separator).</summary>
    public string RawPath { get; }

    public QueryString Query { get; }

    public Dictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    /// <summary>http://127.0.0.1:PORT, used to build absolute links (nextLink, uploadUrl, webUrl).</summary>
    public Uri BaseUri { get; }

    public string RequestId { get; }

    public string ClientRequestId { get; }

    /// <summary>The user the request acts as; the local tenant has one service identity (the admin).</summary>
    public string ActingUserUpn { get; set; } = "admin@contoso.onmicrosoft.com";

    public string BaseUrl => BaseUri.GetLeftPart(UriPartial.Authority);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonObject JsonBody()
    {
        if (Body.Length == 0)
        {
            return new JsonObject();
        }

        var node = JsonNode.Parse(Encoding.UTF8.GetString(Body));
        return node as JsonObject ?? throw new GraphException(400, "invalidRequest", "The request body must be a JSON object.");
    }
}
