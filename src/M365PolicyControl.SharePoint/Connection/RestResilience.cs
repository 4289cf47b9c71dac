using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace M365PolicyControl.SharePoint.Connection;

/// <summary>
/// The retry pipeline of the SharePoint REST client: 429, 503 and 504 are retried for every method (SharePoint did
/// not execute a throttled request), honouring Retry-After and backing off exponentially when a 503 has none;
/// connection failures are retried only for idempotent methods. Attempts and single waits are bounded.
/// </summary>
internal static class RestResilience
{
    public static ResilienceHandler CreateHandler(TenantConnectionOptions options)
    {
        var idempotent = Build(options, retryConnectionFailures: true);
        var unsafeMethods = Build(options, retryConnectionFailures: false);
        return new ResilienceHandler(request => IsIdempotent(request) ? idempotent : unsafeMethods);
    }

    private static ResiliencePipeline<HttpResponseMessage> Build(TenantConnectionOptions options, bool retryConnectionFailures)
    {
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, Math.Min(options.MaxRetries, 10)),
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, retryConnectionFailures)),
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(DelayFor(args.Outcome, args.AttemptNumber, options)),
            ShouldRetryAfterHeader = false,
        };
        return new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(retry).Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool retryConnectionFailures) =>
        outcome.Result is { } response
            ? response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
            : retryConnectionFailures && outcome.Exception is HttpRequestException or IOException;

    // A POST tunnelling MERGE or DELETE (X-HTTP-Method) sets properties or removes a thing: replaying it is harmless.
    private static bool IsIdempotent(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete
        || (request.Headers.TryGetValues("X-HTTP-Method", out var tunnelled) && tunnelled.FirstOrDefault() is "MERGE" or "DELETE" or "PATCH");

    /// <summary>Retry-After (seconds or HTTP date) when present, else exponential back-off; never above MaxRetryDelay.</summary>
    internal static TimeSpan DelayFor(Outcome<HttpResponseMessage> outcome, int attempt, TenantConnectionOptions options)
    {
        var retryAfter = outcome.Result?.Headers.RetryAfter;
        TimeSpan? fromHeader = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        var delay = fromHeader is { } d && d >= TimeSpan.Zero ? d : Backoff.Exponential(options.RetryBaseDelay, attempt);
        return delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay;
    }
}
