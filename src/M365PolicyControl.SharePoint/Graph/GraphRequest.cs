using System.Net;
using System.Text.Json.Nodes;

namespace M365PolicyControl.SharePoint.Graph;

/// <summary>One Graph request to be sent inside a JSON <c>$batch</c>.</summary>
/// <param name="Id">Unique within the batch.</param>
/// <param name="RelativeUrl">Path and query below the version segment, e.g. <c>/sites/{id}/lists</c>.</param>
/// <param name="IfMatch">An eTag: the write is applied only if the resource still has it (412 otherwise).</param>
/// <param name="DependsOn">Ids in the same batch that must succeed first.</param>
public sealed record GraphRequest(
    string Id, HttpMethod Method, string RelativeUrl, JsonNode? Body = null, string? IfMatch = null, IReadOnlyList<string>? DependsOn = null)
{
    public bool IsWrite => Method != HttpMethod.Get;
}

/// <summary>The answer to one batched request.</summary>
public sealed record GraphPartResponse(string Id, HttpStatusCode Status, JsonNode? Body, TimeSpan? RetryAfter)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>Graph's error code and message from the body, when the part failed.</summary>
    public string ErrorText => Body?["error"] is { } e ? $"{(string?)e["code"]}: {(string?)e["message"]}" : $"HTTP {(int)Status}";

    internal bool IsThrottled => Status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
