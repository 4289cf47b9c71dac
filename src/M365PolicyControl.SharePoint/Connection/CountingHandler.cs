using System.Net;
using System.Text.Json.Nodes;

namespace M365PolicyControl.SharePoint.Connection;

/// <summary>
/// The innermost handler of both pipelines: every attempt that reaches the wire is counted, and a Graph
/// <c>$batch</c> is classified by the methods of its parts.
/// </summary>
internal sealed class CountingHandler(RequestStats stats) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var writes = await CountWriteOperationsAsync(request, cancellationToken);
        stats.RecordRoundTrip(writes);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
        {
            stats.RecordThrottled();
        }

        return response;
    }

    private static async Task<int> CountWriteOperationsAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isBatch = request.RequestUri?.AbsolutePath.EndsWith("/$batch", StringComparison.Ordinal) == true;
        if (!isBatch || request.Content is null)
        {
            return request.Method == HttpMethod.Get || request.Method == HttpMethod.Head ? 0 : 1;
        }

        // Reading buffers the content, so the handler below still sends the same bytes.
        var json = await request.Content.ReadAsStringAsync(cancellationToken);
        var parts = JsonNode.Parse(json)?["requests"]?.AsArray() ?? [];
        return parts.Count(p => !string.Equals((string?)p?["method"], "GET", StringComparison.OrdinalIgnoreCase));
    }
}
