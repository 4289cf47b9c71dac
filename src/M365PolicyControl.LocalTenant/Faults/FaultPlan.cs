using System.Globalization;

namespace M365PolicyControl.LocalTenant.Faults;

/// <summary>
/// Faults to inject, parsed from a spec string. Probabilities:
/// <c>429:0.2,503:0.1,drop:0.05,latency:100,retryafter:1,seed:7</c>. A scripted sequence, used
/// once and then all requests succeed: <c>seq:429,429,503,503x,ok,drop</c> (<c>503x</c> = 503
/// without Retry-After). <c>latency</c> (ms), <c>retryafter</c> (s), <c>batchparts:1</c> and
/// <c>fragment503:N</c> (the N-th upload fragment PUT is stored, then answered 503) combine with either form.
/// </summary>
public sealed class FaultPlan
{
    /// <summary>No faults, no latency.</summary>
    public static FaultPlan None { get; } = new();

    /// <summary>Chance (0-1) that a request is answered 429 with Retry-After.</summary>
    public double ThrottleProbability { get; init; }

    /// <summary>Chance (0-1) of a 503; every other one comes without Retry-After.</summary>
    public double UnavailableProbability { get; init; }

    /// <summary>Chance (0-1) that the request is served but the connection is cut mid-response.</summary>
    public double DropProbability { get; init; }

    /// <summary>Delay added to every request before it is served.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>The Retry-After value sent with 429 and 503 (seconds).</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Seed for the probabilistic faults, so that a run can be repeated.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Also draw a fault for each part of a <c>$batch</c> (spec <c>batchparts:1</c>); parts get 429/503 statuses.</summary>
    public bool ApplyToBatchParts { get; init; }

    /// <summary>
    /// When above 0 (spec <c>fragment503:N</c>), the N-th upload-session fragment PUT served (counting
    /// PUTs to any upload URL) is stored and then answered 503 with Retry-After, as if the response had
    /// been lost after the write. A resend of that range then gets 416 and <c>GET {uploadUrl}</c> reports
    /// the advanced <c>nextExpectedRanges</c>. If that fragment completed the upload, the file is committed.
    /// </summary>
    public int StoredFragmentUnavailableAt { get; init; }

    /// <summary>When set, these faults are used in order for the first requests instead of probabilities.</summary>
    public IReadOnlyList<FaultKind> Sequence { get; init; } = [];

    /// <summary>True when the plan injects nothing.</summary>
    public bool IsEmpty => Sequence.Count == 0 && ThrottleProbability == 0 && UnavailableProbability == 0 && DropProbability == 0 && Latency == TimeSpan.Zero
        && StoredFragmentUnavailableAt == 0;

    /// <summary>Parses a spec; throws <see cref="FormatException"/> naming the bad part.</summary>
    public static FaultPlan Parse(string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec))
        {
            return None;
        }

        var trimmed = spec.Trim();
        var sequenceStart = trimmed.IndexOf("seq:", StringComparison.OrdinalIgnoreCase);
        var sequence = sequenceStart < 0 ? [] : ParseSequence(trimmed[(sequenceStart + 4)..]);
        var options = sequenceStart < 0 ? trimmed : trimmed[..sequenceStart];
        var plan = new FaultPlan { Sequence = sequence };
        foreach (var part in options.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            plan = Apply(plan, part);
        }

        return plan;
    }

    private static FaultPlan Apply(FaultPlan plan, string part)
    {
        var pieces = part.Split(':', 2);
        if (pieces.Length != 2 || !double.TryParse(pieces[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"Fault spec part '{part}' is not 'name:value'.");
        }

        return pieces[0].ToLowerInvariant() switch
        {
            "429" => Probability(part, value, probability => Copy(plan, throttle: probability)),
            "503" => Probability(part, value, probability => Copy(plan, unavailable: probability)),
            "drop" => Probability(part, value, probability => Copy(plan, drop: probability)),
            "latency" => Copy(plan, latency: TimeSpan.FromMilliseconds(value)),
            "retryafter" => Copy(plan, retryAfter: (int)value),
            "seed" => Copy(plan, seed: (int)value),
            "batchparts" => Copy(plan, batchParts: value != 0),
            "fragment503" => value >= 1 && value == Math.Floor(value)
                ? Copy(plan, fragment503: (int)value)
                : throw new FormatException($"Fault spec part '{part}': the fragment number must be a whole number from 1."),
            _ => throw new FormatException($"Fault spec part '{part}': unknown fault '{pieces[0]}' (429, 503, drop, latency, retryafter, seed, batchparts, fragment503, seq)."),
        };
    }

    private static FaultPlan Probability(string part, double value, Func<double, FaultPlan> apply) =>
        value is >= 0 and <= 1 ? apply(value) : throw new FormatException($"Fault spec part '{part}': probability must be between 0 and 1.");

    private static List<FaultKind> ParseSequence(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(step => step.ToLowerInvariant() switch
        {
            "429" => FaultKind.Throttle,
            "503" => FaultKind.Unavailable,
            "503x" => FaultKind.UnavailableWithoutRetryAfter,
            "drop" => FaultKind.Drop,
            "ok" => FaultKind.None,
            _ => throw new FormatException($"Fault sequence step '{step}' is not one of 429, 503, 503x, drop, ok."),
        }).ToList();

    private static FaultPlan Copy(FaultPlan plan, double? throttle = null, double? unavailable = null, double? drop = null,
        TimeSpan? latency = null, int? retryAfter = null, int? seed = null, bool? batchParts = null, int? fragment503 = null) => new()
    {
        ThrottleProbability = throttle ?? plan.ThrottleProbability,
        UnavailableProbability = unavailable ?? plan.UnavailableProbability,
        DropProbability = drop ?? plan.DropProbability,
        Latency = latency ?? plan.Latency,
        RetryAfterSeconds = retryAfter ?? plan.RetryAfterSeconds,
        Seed = seed ?? plan.Seed,
        Sequence = plan.Sequence,
        ApplyToBatchParts = batchParts ?? plan.ApplyToBatchParts,
        StoredFragmentUnavailableAt = fragment503 ?? plan.StoredFragmentUnavailableAt,
    };
}
