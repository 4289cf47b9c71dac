namespace M365PolicyControl.Core.Coverage;

/// <summary>Counts of requirement statuses over a group (a safeguard area, a standard, or everything).</summary>
/// <param name="Key">What the group is: a safeguard area name, a standard's citation, or <c>All</c>.</param>
/// <param name="Title">A readable name for the group.</param>
/// <param name="Counts">Number of requirements per status; every status is present, zero included.</param>
public sealed record CoverageRollup(string Key, string Title, IReadOnlyDictionary<CoverageStatus, int> Counts)
{
    public int Total => Counts.Values.Sum();

    /// <summary>Share of requirements with status <see cref="CoverageStatus.Covered"/>, 0-100, one decimal.</summary>
    public double CoveredPercent => Percent(Counts[CoverageStatus.Covered]);

    /// <summary>Share that is covered or answered by a documented decision, 0-100, one decimal.</summary>
    public double SatisfiedPercent => Percent(Counts[CoverageStatus.Covered] + Counts[CoverageStatus.Decision]);

    /// <summary>Builds a roll-up over some rows.</summary>
    public static CoverageRollup Of(string key, string title, IEnumerable<RequirementCoverage> rows)
    {
        var counts = Enum.GetValues<CoverageStatus>().ToDictionary(s => s, _ => 0);
        foreach (var row in rows)
        {
            counts[row.Status]++;
        }

        return new CoverageRollup(key, title, counts);
    }

    private double Percent(int part) => Total == 0 ? 0 : Math.Round(100.0 * part / Total, 1, MidpointRounding.AwayFromZero);
}
