using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph;

namespace M365PolicyControl.SharePoint.Graph;

/// <summary>
/// Sends JSON <c>$batch</c> requests (at most 20 parts each) through the Graph SDK. The SDK retries a throttled
/// batch as a whole but not throttled parts; this executor resends parts answered 429/503/504 (and their 424
/// dependents) after the longest Retry-After, a bounded number of times.
/// </summary>
public sealed class GraphBatchExecutor(GraphServiceClient graph, Uri graphBaseUrl, int maxPartRetries, TimeSpan partRetryBaseDelay)
{
    /// <summary>Graph's limit of requests per batch.</summary>
    public const int MaxPartsPerBatch = 20;

    /// <summary>Sends the requests in one <c>$batch</c> (they must fit: at most 20) and returns every part's answer.</summary>
    public async Task<IReadOnlyDictionary<string, GraphPartResponse>> SendAsync(
        IReadOnlyList<GraphRequest> requests, CancellationToken cancellationToken = default)
    {
        if (requests.Count > MaxPartsPerBatch)
        {
            throw new ArgumentException($"A batch holds at most {MaxPartsPerBatch} requests; got {requests.Count}.", nameof(requests));
        }

        var answers = new Dictionary<string, GraphPartResponse>(StringComparer.OrdinalIgnoreCase);
        var pending = requests;
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            foreach (var response in await SendOnceAsync(pending, cancellationToken))
            {
                answers[response.Id] = response;
            }

            pending = ToResend(pending, answers);
            if (pending.Count == 0 || attempt >= maxPartRetries)
            {
                break;
            }

            await Task.Delay(WaitBeforeResend(pending, answers, attempt), cancellationToken);
        }

        return answers;
    }

    private async Task<IReadOnlyList<GraphPartResponse>> SendOnceAsync(IReadOnlyList<GraphRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var batch = new BatchRequestContentCollection(graph);
        foreach (var request in requests)
        {
            var dependsOn = request.DependsOn?.Where(ids.Contains).ToList();
            batch.AddBatchRequestStep(new BatchRequestStep(request.Id, ToMessage(request), dependsOn is { Count: > 0 } ? dependsOn : null));
        }

        var responses = await graph.Batch.PostAsync(batch, cancellationToken);
        var results = new List<GraphPartResponse>(requests.Count);
        foreach (var request in requests)
        {
            using var part = await responses.GetResponseByIdAsync(request.Id);
            results.Add(await ToResponseAsync(request.Id, part, cancellationToken));
        }

        return results;
    }

    private HttpRequestMessage ToMessage(GraphRequest request)
    {
        var message = new HttpRequestMessage(request.Method, new Uri(graphBaseUrl.ToString().TrimEnd('/') + request.RelativeUrl));
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (request.IfMatch is not null)
        {
            message.Headers.TryAddWithoutValidation("If-Match", request.IfMatch);
        }

        return message;
    }

    private static async Task<GraphPartResponse> ToResponseAsync(string id, HttpResponseMessage? part, CancellationToken cancellationToken)
    {
        if (part is null)
        {
            return new GraphPartResponse(id, HttpStatusCode.BadGateway, null, null);
        }

        var text = part.Content is null ? "" : await part.Content.ReadAsStringAsync(cancellationToken);
        var body = string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        return new GraphPartResponse(id, part.StatusCode, body, RetryAfterOf(part));
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage part)
    {
        if (part.Headers.RetryAfter is { Delta: { } delta })
        {
            return delta;
        }

        return part.Headers.TryGetValues("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    // Throttled parts, plus parts that failed only because a throttled part they depend on did not run.
    private static IReadOnlyList<GraphRequest> ToResend(IReadOnlyList<GraphRequest> sent, Dictionary<string, GraphPartResponse> answers)
    {
        var resend = new HashSet<string>(sent.Where(r => answers[r.Id].IsThrottled).Select(r => r.Id), StringComparer.OrdinalIgnoreCase);
        bool grew;
        do
        {
            grew = false;
            foreach (var r in sent.Where(r => !resend.Contains(r.Id) && answers[r.Id].Status == HttpStatusCode.FailedDependency))
            {
                if (r.DependsOn?.Any(resend.Contains) == true)
                {
                    grew |= resend.Add(r.Id);
                }
            }
        }
        while (grew);

        return sent.Where(r => resend.Contains(r.Id)).ToArray();
    }

    private TimeSpan WaitBeforeResend(IReadOnlyList<GraphRequest> pending, Dictionary<string, GraphPartResponse> answers, int attempt)
    {
        var longest = pending.Select(r => answers[r.Id].RetryAfter).Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty().Max();
        return longest > TimeSpan.Zero ? longest : TimeSpan.FromMilliseconds(partRetryBaseDelay.TotalMilliseconds * Math.Pow(2, attempt));
    }
}
