using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Http;

/// <summary>What a handler answers: status, headers and an optional body.</summary>
internal sealed class TenantResponse
{
    // Graph escapes only what JSON requires (\" rather than \u0022), so do the same.
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public TenantResponse(int status)
    {
        Status = status;
    }

    public int Status { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public byte[] Body { get; private init; } = [];

    /// <summary>The JSON body when there is one; <c>$batch</c> embeds it as an object rather than as bytes.</summary>
    public JsonNode? Json { get; private init; }

    public static TenantResponse FromJson(int status, JsonNode body, string contentType = "application/json")
    {
        var response = new TenantResponse(status)
        {
            Json = body,
            Body = Encoding.UTF8.GetBytes(body.ToJsonString(Compact)),
        };
        response.Headers["Content-Type"] = contentType + "; charset=utf-8";
        return response;
    }

    public static TenantResponse FromBytes(int status, byte[] body, string contentType)
    {
        var response = new TenantResponse(status) { Body = body };
        response.Headers["Content-Type"] = contentType;
        return response;
    }

    public static TenantResponse Empty(int status) => new(status);

    public static TenantResponse Redirect(string location)
    {
        var response = new TenantResponse(302);
        response.Headers["Location"] = location;
        return response;
    }

    public TenantResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
