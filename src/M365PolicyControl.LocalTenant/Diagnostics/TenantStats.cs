using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Diagnostics;

/// <summary>
/// Counters since start or the last <see cref="Reset"/>. <see cref="RoundTrips"/> counts HTTP
/// requests; <see cref="Reads"/> and <see cref="Writes"/> count operations, so a <c>$batch</c>
/// is one round trip but each part is a read (GET) or a write (anything else). Requests refused by
/// an injected fault count as round trips and faults, not as reads or writes.
/// </summary>
public sealed class TenantStats(int logCapacity = 10_000)
{
    private readonly ConcurrentDictionary<string, int> _perMethod = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<RequestLogEntry> _log = new();
    private int _roundTrips;
    private int _reads;
    private int _writes;
    private int _faults;

    /// <summary>HTTP requests received (a <c>$batch</c> counts once), diagnostics excluded.</summary>
    public int RoundTrips => _roundTrips;

    /// <summary>GET operations served, batch parts included.</summary>
    public int Reads => _reads;

    /// <summary>Non-GET operations served, batch parts included, the <c>$batch</c> envelope excluded.</summary>
    public int Writes => _writes;

    /// <summary>Requests answered 429/503 or dropped by the fault plan.</summary>
    public int FaultsInjected => _faults;

    /// <summary>Operations by HTTP method (batch parts by their own method).</summary>
    public IReadOnlyDictionary<string, int> PerMethod => new Dictionary<string, int>(_perMethod);

    /// <summary>The most recent requests, oldest first.</summary>
    public IReadOnlyList<RequestLogEntry> RequestLog => _log.ToArray();

    /// <summary>Zeroes the counters and clears the log (for example between benchmark phases).</summary>
    public void Reset()
    {
        _perMethod.Clear();
        _log.Clear();
        _roundTrips = _reads = _writes = _faults = 0;
    }

    internal void RecordRoundTrip() => Interlocked.Increment(ref _roundTrips);

    internal void RecordFault() => Interlocked.Increment(ref _faults);

    internal void RecordOperation(string method)
    {
        _perMethod.AddOrUpdate(method, 1, (_, count) => count + 1);
        if (method.Equals("GET", StringComparison.OrdinalIgnoreCase))
        {
            Interlocked.Increment(ref _reads);
        }
        else
        {
            Interlocked.Increment(ref _writes);
        }
    }

    internal void Log(RequestLogEntry entry)
    {
        _log.Enqueue(entry);
        while (_log.Count > logCapacity)
        {
            _log.TryDequeue(out _);
        }
    }

    /// <summary>The counters as served by <c>GET /_localtenant/stats</c>.</summary>
    public JsonObject ToJson(bool includeLog)
    {
        var json = new JsonObject
        {
            ["roundTrips"] = RoundTrips,
            ["reads"] = Reads,
            ["writes"] = Writes,
            ["faultsInjected"] = FaultsInjected,
            ["perMethod"] = new JsonObject(PerMethod.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
        };
        if (includeLog)
        {
            json["requests"] = new JsonArray(RequestLog.Select(entry => (JsonNode?)new JsonObject
            {
                ["time"] = entry.Time.ToString("O"),
                ["method"] = entry.Method,
                ["path"] = entry.Path,
                ["status"] = entry.Status,
                ["durationMs"] = Math.Round(entry.Duration.TotalMilliseconds, 1),
                ["fault"] = entry.Fault,
                ["batchPart"] = entry.BatchPart,
            }).ToArray());
        }

        return json;
    }
}
