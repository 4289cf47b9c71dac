namespace M365PolicyControl.SharePoint.Connection;

/// <summary>
/// Retries GET, HEAD, PUT and DELETE (bounded) when the connection fails before a response arrives. The Graph
/// SDK's RetryHandler only handles 429/503/504 responses. POST and PATCH are not retried here: a dropped
/// response may hide a write that was applied; callers above (the provisioning engine) re-read and re-plan instead.
/// </summary>
internal sealed class IdempotentConnectionRetryHandler(int maxRetries, TimeSpan baseDelay) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < maxRetries && IsIdempotent(request) && IsReplayable(request))
            {
                await Task.Delay(Backoff.Exponential(baseDelay, attempt), cancellationToken);
            }
        }
    }

    private static bool IsIdempotent(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head
        || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete;

    private static bool IsReplayable(HttpRequestMessage request) =>
        request.Content is null or ByteArrayContent or ReadOnlyMemoryContent;
}

/// <summary>Exponential back-off with jitter, shared by the retry handlers.</summary>
internal static class Backoff
{
    public static TimeSpan Exponential(TimeSpan baseDelay, int attempt, TimeSpan? cap = null)
    {
        var factor = Math.Pow(2, attempt) * (0.8 + Random.Shared.NextDouble() * 0.4);
        var delay = TimeSpan.FromMilliseconds(baseDelay.TotalMilliseconds * factor);
        return cap is { } max && delay > max ? max : delay;
    }
}
