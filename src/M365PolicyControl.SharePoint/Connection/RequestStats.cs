namespace M365PolicyControl.SharePoint.Connection;

/// <summary>
/// Counts what went over the wire, for reports and benchmarks. A round trip is one HTTP attempt (retries count).
/// A read is a round trip that changes nothing (a GET, or a <c>$batch</c> of GETs only); a write is one
/// write operation (a non-GET request, or one non-GET part of a <c>$batch</c>).
/// </summary>
public sealed class RequestStats
{
    private int _roundTrips;
    private int _reads;
    private int _writes;
    private int _throttled;

    public int RoundTrips => Volatile.Read(ref _roundTrips);

    public int Reads => Volatile.Read(ref _reads);

    public int Writes => Volatile.Read(ref _writes);

    /// <summary>Responses with 429 or 503 (outer responses only).</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>A copy of the current figures.</summary>
    public RequestStatsSnapshot Snapshot() => new(RoundTrips, Reads, Writes, Throttled);

    internal void RecordRoundTrip(int writeOperations)
    {
        Interlocked.Increment(ref _roundTrips);
        if (writeOperations == 0)
        {
            Interlocked.Increment(ref _reads);
        }
        else
        {
            Interlocked.Add(ref _writes, writeOperations);
        }
    }

    internal void RecordThrottled() => Interlocked.Increment(ref _throttled);
}

/// <summary>Figures at one moment; subtract two to get the cost of an operation.</summary>
public sealed record RequestStatsSnapshot(int RoundTrips, int Reads, int Writes, int Throttled)
{
    public static RequestStatsSnapshot operator -(RequestStatsSnapshot after, RequestStatsSnapshot before) => new(
        after.RoundTrips - before.RoundTrips, after.Reads - before.Reads, after.Writes - before.Writes, after.Throttled - before.Throttled);
}
