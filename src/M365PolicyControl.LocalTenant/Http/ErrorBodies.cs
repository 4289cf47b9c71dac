using System.Globalization;
using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Http;

/// <summary>The two error dialects: Graph's <c>error</c> object and SharePoint REST's <c>odata.error</c>.</summary>
internal static class ErrorBodies
{
    public static TenantResponse Graph(int status, string code, string message, TenantRequest? request)
    {
        var requestId = request?.RequestId ?? Guid.NewGuid().ToString();
        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                    ["request-id"] = requestId,
                    ["client-request-id"] = request?.ClientRequestId ?? requestId,
                },
            },
        };
        return TenantResponse.FromJson(status, body);
    }

    /// <summary>SharePoint REST error in the nometadata shape (verbose wraps the same fields without the dot).</summary>
    public static TenantResponse SharePoint(int status, string exceptionCode, string message, bool verbose)
    {
        var error = new JsonObject
        {
            ["code"] = exceptionCode,
            ["message"] = new JsonObject { ["lang"] = "en-US", ["value"] = message },
        };
        var body = verbose ? new JsonObject { ["error"] = error } : new JsonObject { ["odata.error"] = error };
        return TenantResponse.FromJson(status, body);
    }
}
