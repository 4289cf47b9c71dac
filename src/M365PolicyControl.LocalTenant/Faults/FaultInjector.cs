namespace M365PolicyControl.LocalTenant.Faults;

/// <summary>Draws the fault for each request from a <see cref="FaultPlan"/>; thread-safe.</summary>
internal sealed class FaultInjector(FaultPlan plan)
{
    private readonly Random _random = new(plan.Seed);
    private readonly Lock _gate = new();
    private int _position;
    private int _unavailableCount;
    private int _fragmentsServed;

    public FaultPlan Plan { get; } = plan;

    public FaultKind Next()
    {
        lock (_gate)
        {
            if (_position < Plan.Sequence.Count)
            {
                return Plan.Sequence[_position++];
            }

            if (Plan.Sequence.Count > 0)
            {
                return FaultKind.None;
            }

            var roll = _random.NextDouble();
            if (roll < Plan.ThrottleProbability)
            {
                return FaultKind.Throttle;
            }

            roll -= Plan.ThrottleProbability;
            if (roll < Plan.UnavailableProbability)
            {
                // Every other 503 comes without Retry-After, as SharePoint's do now and then.
                return _unavailableCount++ % 2 == 0 ? FaultKind.Unavailable : FaultKind.UnavailableWithoutRetryAfter;
            }

            roll -= Plan.UnavailableProbability;
            return roll < Plan.DropProbability ? FaultKind.Drop : FaultKind.None;
        }
    }

    /// <summary>Counts one upload fragment PUT that was served; true when its answer is to be lost (<see cref="FaultPlan.StoredFragmentUnavailableAt"/>).</summary>
    public bool LoseFragmentAnswer()
    {
        lock (_gate)
        {
            return ++_fragmentsServed == Plan.StoredFragmentUnavailableAt;
        }
    }
}
