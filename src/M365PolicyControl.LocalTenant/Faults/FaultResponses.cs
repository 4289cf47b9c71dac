using System.Globalization;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Faults;

/// <summary>The throttling and unavailability answers, in Graph's or SharePoint REST's dialect.</summary>
internal static class FaultResponses
{
    public static TenantResponse For(FaultKind fault, int retryAfterSeconds, TenantRequest request, bool sharePointRest)
    {
        var throttled = fault == FaultKind.Throttle;
        var status = throttled ? 429 : 503;
        var response = sharePointRest
            ? ErrorBodies.SharePoint(status, throttled ? "-2147024860, Microsoft.SharePoint.SPQueryThrottledException" : "-1, Microsoft.SharePoint.Client.ServerTooBusyException",
                throttled ? "The request has been throttled." : "The server is too busy.", false)
            : Graph(throttled, request);
        if (fault != FaultKind.UnavailableWithoutRetryAfter)
        {
            response.Headers["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        return response;
    }

    // Reference §0: throttled Graph calls answer activityLimitReached with innerError code throttledRequest.
    private static TenantResponse Graph(bool throttled, TenantRequest request)
    {
        if (!throttled)
        {
            return ErrorBodies.Graph(503, "serviceNotAvailable", "The service is temporarily unavailable. Try again later.", request);
        }

        var response = ErrorBodies.Graph(429, "activityLimitReached", "The request has been throttled", request);
        var inner = (JsonObject)response.Json!["error"]!["innerError"]!;
        inner["code"] = "throttledRequest";
        return TenantResponse.FromJson(429, response.Json!);
    }
}
