using M365PolicyControl.LocalTenant.Diagnostics;
using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>
/// <c>GET /_localtenant/stats[?log=true]</c> reads the counters (and request log) from another
/// process; <c>POST /_localtenant/stats/reset</c> zeroes them. Never subject to injected faults.
/// </summary>
internal static class DiagnosticsEndpoint
{
    public static TenantResponse Handle(TenantRequest request, TenantStats stats)
    {
        var path = request.RawPath.TrimEnd('/');
        if (path.EndsWith("/stats", StringComparison.OrdinalIgnoreCase) && request.Method == "GET")
        {
            var includeLog = string.Equals(request.Query["log"], "true", StringComparison.OrdinalIgnoreCase);
            return Responses.Ok(stats.ToJson(includeLog));
        }

        if (path.EndsWith("/stats/reset", StringComparison.OrdinalIgnoreCase) && request.Method == "POST")
        {
            stats.Reset();
            return Responses.NoContent();
        }

        throw new GraphException(404, "itemNotFound", "Diagnostics: use GET /_localtenant/stats or POST /_localtenant/stats/reset.");
    }
}
