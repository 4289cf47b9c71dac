using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Diagnostics;
using M365PolicyControl.LocalTenant.Faults;
using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>
/// JSON batching (reference §6): at most 20 parts with unique ids, relative urls, optional
/// headers and body (JSON or base64), <c>dependsOn</c> ordering, 424 for parts whose dependency
/// failed. Each part runs through the same handlers as a top-level request. With the fault plan's
/// <c>batchparts</c> option, parts can be throttled individually (429/503 with Retry-After).
/// </summary>
internal sealed class BatchEndpoint(TenantServices services, FaultInjector faults, TenantStats stats)
{
    public const int MaxRequests = 20;

    public TenantResponse Handle(TenantRequest request)
    {
        if (request.Method != "POST")
        {
            throw new GraphException(405, "methodNotAllowed", "$batch accepts POST only.");
        }

        var parts = BatchParts.Parse(request.JsonBody());
        var results = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            Run(part, parts, results, request);
        }

        var responses = new JsonArray(parts.Select(part => (JsonNode?)results[part.Id]).ToArray());
        return Responses.Ok(new JsonObject { ["responses"] = responses });
    }

    private void Run(BatchPart part, IReadOnlyList<BatchPart> all, Dictionary<string, JsonObject> results, TenantRequest outer)
    {
        if (results.ContainsKey(part.Id))
        {
            return;
        }

        foreach (var dependency in part.DependsOn)
        {
            Run(all.First(candidate => candidate.Id.Equals(dependency, StringComparison.OrdinalIgnoreCase)), all, results, outer);
        }

        var failed = part.DependsOn.FirstOrDefault(dependency => (int)results[dependency]["status"]! is < 200 or > 299);
        var started = Stopwatch.GetTimestamp();
        var inner = part.ToRequest(outer);
        var response = failed is not null
            ? ErrorBodies.Graph(424, "failedDependency", $"The dependency '{failed}' failed.", inner)
            : Execute(inner);
        results[part.Id] = Serialize(part.Id, response);
        stats.Log(new RequestLogEntry(DateTimeOffset.UtcNow, inner.Method, inner.RawPath, response.Status, Stopwatch.GetElapsedTime(started), null, BatchPart: true));
    }

    private TenantResponse Execute(TenantRequest inner)
    {
        if (faults.Plan.ApplyToBatchParts && faults.Next() is var fault and (FaultKind.Throttle or FaultKind.Unavailable or FaultKind.UnavailableWithoutRetryAfter))
        {
            stats.RecordFault();
            return FaultResponses.For(fault, faults.Plan.RetryAfterSeconds, inner, sharePointRest: false);
        }

        return services.DispatchGraph(inner, batchPart: true);
    }

    private static JsonObject Serialize(string id, TenantResponse response)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in response.Headers)
        {
            headers[name] = value;
        }

        var part = new JsonObject { ["id"] = id, ["status"] = response.Status, ["headers"] = headers };
        if (response.Json is not null)
        {
            part["body"] = response.Json.DeepClone();
        }
        else if (response.Body.Length > 0)
        {
            part["body"] = Convert.ToBase64String(response.Body);
        }

        return part;
    }
}
