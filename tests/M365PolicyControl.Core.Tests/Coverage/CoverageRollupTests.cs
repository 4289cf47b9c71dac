using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Tests.Coverage;

public sealed class CoverageRollupTests
{
    [Fact]
    public void RollupsPartitionEveryRequirement()
    {
        var report = new CoverageScenario().Policy("POL-1", "164.312(b)").Compute();

        Assert.Equal(65, report.Overall.Total);
        Assert.Equal(SecurityRuleCatalog.Default.Standards.Count(), report.ByStandard.Count);
        Assert.Equal(65, report.ByStandard.Sum(r => r.Total));
        Assert.Equal(
            ["Administrative", "Physical", "Technical", "Organizational", "Documentation"],
            report.BySafeguard.Select(r => r.Key));
        Assert.Equal(65, report.BySafeguard.Sum(r => r.Total));
    }

    [Fact]
    public void StandardRollupCountsTheStandardAndItsSpecifications()
    {
        var report = new CoverageScenario()
            .Policy("POL-1", "164.310(d)(2)(i)", "164.310(d)(2)(ii)")
            .Procedure("PRC-1", "164.310(d)(2)(i)", "164.310(d)(2)(ii)")
            .Decision("164.310(d)(2)(iii)", DecisionOutcome.NotReasonableAndAppropriate)
            .Compute();

        var devices = report.ByStandard.Single(r => r.Key == "164.310(d)(1)");
        Assert.Equal("Device and media controls", devices.Title);
        Assert.Equal(5, devices.Total);
        Assert.Equal(3, devices.Counts[CoverageStatus.Covered]);
        Assert.Equal(1, devices.Counts[CoverageStatus.Decision]);
        Assert.Equal(1, devices.Counts[CoverageStatus.Gap]);
        Assert.Equal(60.0, devices.CoveredPercent);
        Assert.Equal(80.0, devices.SatisfiedPercent);
    }

    [Fact]
    public void EveryStatusHasACountEvenWhenZero()
    {
        var rollup = new CoverageScenario().Compute().Overall;

        Assert.Equal(Enum.GetValues<CoverageStatus>().Length, rollup.Counts.Count);
        Assert.Equal(65, rollup.Counts[CoverageStatus.Gap]);
        Assert.Equal(0.0, rollup.CoveredPercent);
    }

    [Fact]
    public void OverdueDocumentsAreListedSoonestDueFirst()
    {
        var report = new CoverageScenario()
            .Document("POL-B", DocumentKind.Policy, PolicyStatus.Effective, CoverageScenario.AsOf.AddDays(-5), "164.312(b)")
            .Document("POL-A", DocumentKind.Policy, PolicyStatus.Effective, CoverageScenario.AsOf.AddDays(-50), "164.312(b)")
            .Document("POL-C", DocumentKind.Policy, PolicyStatus.Draft, CoverageScenario.AsOf.AddDays(-90), "164.312(b)")
            .Compute();

        Assert.Equal(["POL-A", "POL-B"], report.OverdueDocuments.Select(d => d.PolicyId));
    }
}
