using System.Diagnostics;
using M365PolicyControl.LocalTenant.Auth;
using M365PolicyControl.LocalTenant.Diagnostics;
using M365PolicyControl.LocalTenant.Faults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.LocalTenant.Http;

/// <summary>
/// The one Kestrel handler: log and count, inject faults, check the bearer token, route to the
/// Graph, SharePoint REST or pre-authenticated (upload/download) handlers, and write the answer.
/// </summary>
internal sealed class TenantPipeline(TenantServices services, BearerTokenCheck auth, FaultInjector faults, TenantStats stats, ILogger logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var (rawPath, rawQuery) = SplitTarget(rawTarget);
        var kind = RequestKinds.Classify(rawPath);
        var fault = kind == RequestKind.Diagnostics ? FaultKind.None : faults.Next();
        if (kind != RequestKind.Diagnostics)
        {
            stats.RecordRoundTrip();
            if (faults.Plan.Latency > TimeSpan.Zero)
            {
                await Task.Delay(faults.Plan.Latency, context.RequestAborted);
            }
        }

        var request = await ReadRequestAsync(context, rawPath, rawQuery);
        var response = Answer(request, kind, fault, context.Request.Headers.Authorization.ToString());
        if (fault == FaultKind.None && LosesStoredFragment(request, kind, response))
        {
            fault = FaultKind.StoredThenUnavailable;
            stats.RecordFault();
            response = FaultResponses.For(FaultKind.Unavailable, faults.Plan.RetryAfterSeconds, request, sharePointRest: false);
        }

        await WriteAsync(context, request, response, fault == FaultKind.Drop);
        stats.Log(new RequestLogEntry(DateTimeOffset.UtcNow, request.Method, rawTarget, response.Status,
            Stopwatch.GetElapsedTime(started), fault == FaultKind.None ? null : fault.ToString()));
    }

    private TenantResponse Answer(TenantRequest request, RequestKind kind, FaultKind fault, string authorization)
    {
        if (fault is FaultKind.Throttle or FaultKind.Unavailable or FaultKind.UnavailableWithoutRetryAfter)
        {
            stats.RecordFault();
            return FaultResponses.For(fault, faults.Plan.RetryAfterSeconds, request, kind == RequestKind.SharePointRest);
        }

        if (fault == FaultKind.Drop)
        {
            stats.RecordFault();
        }

        if (kind is not (RequestKind.Upload or RequestKind.Download) && auth.Refusal(authorization) is { } refusal)
        {
            return kind == RequestKind.SharePointRest
                ? ErrorBodies.SharePoint(401, "-2147024891, System.UnauthorizedAccessException", refusal, false)
                : ErrorBodies.Graph(401, "InvalidAuthenticationToken", refusal, request);
        }

        return services.Dispatch(request, kind);
    }

    // fragment503:N — the fragment was written; only its answer is replaced. Failed fragments keep their own answer.
    private bool LosesStoredFragment(TenantRequest request, RequestKind kind, TenantResponse response) =>
        kind == RequestKind.Upload && request.Method.Equals("PUT", StringComparison.OrdinalIgnoreCase)
        && faults.Plan.StoredFragmentUnavailableAt > 0 && faults.LoseFragmentAnswer() && response.Status is >= 200 and < 300;

    private static async Task<TenantRequest> ReadRequestAsync(HttpContext context, string rawPath, string rawQuery)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var baseUri = new Uri($"{context.Request.Scheme}://{context.Request.Host}");
        return new TenantRequest(context.Request.Method, rawPath, rawQuery, headers, buffer.ToArray(), baseUri);
    }

    private async Task WriteAsync(HttpContext context, TenantRequest request, TenantResponse response, bool drop)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.Headers["request-id"] = request.RequestId;
        context.Response.Headers["client-request-id"] = request.ClientRequestId;

        // 204 and 304 carry no body at all; Kestrel refuses even an empty write to them.
        if (response.Status is not (204 or 304))
        {
            context.Response.ContentLength = response.Body.Length;
        }

        if (response.Status is 204 or 304 || response.Body.Length == 0)
        {
            if (drop)
            {
                context.Abort();
            }

            return;
        }

        if (!drop)
        {
            await context.Response.Body.WriteAsync(response.Body, context.RequestAborted);
            return;
        }

        // A dropped connection: part of the body goes out, then the socket is reset.
        logger.LogDebug("Dropping the connection after {Bytes} bytes", response.Body.Length / 2);
        await context.Response.Body.WriteAsync(response.Body.AsMemory(0, response.Body.Length / 2), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        context.Abort();
    }

    private static (string Path, string Query) SplitTarget(string rawTarget)
    {
        var question = rawTarget.IndexOf('?');
        return question < 0 ? (rawTarget, string.Empty) : (rawTarget[..question], rawTarget[question..]);
    }
}
