using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Tests.Coverage;

public sealed class CoverageStatusTests
{
    private const string RiskAnalysis = "164.308(a)(1)(ii)(A)";
    private const string SecurityReminders = "164.308(a)(5)(ii)(A)";

    [Fact]
    public void EffectivePolicyAndProcedure_AreCovered()
    {
        var status = new CoverageScenario().Policy("POL-1", RiskAnalysis).Procedure("PRC-1", RiskAnalysis).StatusOf(RiskAnalysis);

        Assert.Equal(CoverageStatus.Covered, status);
    }

    [Fact]
    public void StandardAndPlanCountAsPolicyAndProcedure()
    {
        var status = new CoverageScenario()
            .Document("STD-1", DocumentKind.Standard, PolicyStatus.Effective, RiskAnalysis)
            .Document("PLN-1", DocumentKind.Plan, PolicyStatus.Effective, RiskAnalysis)
            .StatusOf(RiskAnalysis);

        Assert.Equal(CoverageStatus.Covered, status);
    }

    [Fact]
    public void EffectivePolicyAlone_IsPolicyOnly() =>
        Assert.Equal(CoverageStatus.PolicyOnly, new CoverageScenario().Policy("POL-1", RiskAnalysis).StatusOf(RiskAnalysis));

    [Fact]
    public void EffectiveProcedureAlone_IsProcedureOnly() =>
        Assert.Equal(CoverageStatus.ProcedureOnly, new CoverageScenario().Procedure("PRC-1", RiskAnalysis).StatusOf(RiskAnalysis));

    [Theory]
    [InlineData(PolicyStatus.Draft)]
    [InlineData(PolicyStatus.InReview)]
    [InlineData(PolicyStatus.Approved)]
    public void OnlyDocumentsNotYetInForce_AreDraftOnly(PolicyStatus status)
    {
        var scenario = new CoverageScenario()
            .Document("POL-1", DocumentKind.Policy, status, RiskAnalysis)
            .Document("PRC-1", DocumentKind.Procedure, status, RiskAnalysis);

        Assert.Equal(CoverageStatus.DraftOnly, scenario.StatusOf(RiskAnalysis));
    }

    [Theory]
    [InlineData(PolicyStatus.Superseded)]
    [InlineData(PolicyStatus.Retired)]
    public void SupersededAndRetiredDocuments_CountForNothing(PolicyStatus status)
    {
        var report = new CoverageScenario().Document("POL-1", DocumentKind.Policy, status, RiskAnalysis).Compute();

        Assert.Equal(CoverageStatus.Gap, report[RiskAnalysis].Status);
        Assert.Empty(report[RiskAnalysis].Documents);
    }

    [Fact]
    public void NothingMapped_IsGap() => Assert.Equal(CoverageStatus.Gap, new CoverageScenario().StatusOf(RiskAnalysis));

    [Fact]
    public void OverdueEffectiveDocument_MakesItStale()
    {
        var report = new CoverageScenario()
            .Document("POL-1", DocumentKind.Policy, PolicyStatus.Effective, CoverageScenario.AsOf.AddDays(-1), RiskAnalysis)
            .Procedure("PRC-1", RiskAnalysis)
            .Compute();

        Assert.Equal(CoverageStatus.Stale, report[RiskAnalysis].Status);
        Assert.Equal("POL-1", Assert.Single(report[RiskAnalysis].OverdueDocuments).PolicyId);
    }

    [Fact]
    public void ReviewDueToday_IsNotYetOverdue()
    {
        var status = new CoverageScenario()
            .Document("POL-1", DocumentKind.Policy, PolicyStatus.Effective, CoverageScenario.AsOf, RiskAnalysis)
            .Procedure("PRC-1", RiskAnalysis)
            .StatusOf(RiskAnalysis);

        Assert.Equal(CoverageStatus.Covered, status);
    }

    [Fact]
    public void InDatePairCoversEvenWhenAnotherMappedDocumentIsOverdue()
    {
        var report = new CoverageScenario()
            .Document("POL-OLD", DocumentKind.Policy, PolicyStatus.Effective, CoverageScenario.AsOf.AddYears(-1), RiskAnalysis)
            .Policy("POL-1", RiskAnalysis)
            .Procedure("PRC-1", RiskAnalysis)
            .Compute();

        Assert.Equal(CoverageStatus.Covered, report[RiskAnalysis].Status);
        Assert.Single(report[RiskAnalysis].OverdueDocuments);
    }

    [Theory]
    [InlineData(DecisionOutcome.Alternative, CoverageStatus.Decision)]
    [InlineData(DecisionOutcome.NotReasonableAndAppropriate, CoverageStatus.Decision)]
    [InlineData(DecisionOutcome.Implemented, CoverageStatus.Gap)]
    public void DecisionOnAddressableSpecification(DecisionOutcome outcome, CoverageStatus expected) =>
        Assert.Equal(expected, new CoverageScenario().Decision(SecurityReminders, outcome).StatusOf(SecurityReminders));

    [Fact]
    public void DecisionOnRequiredSpecification_IsIgnoredWithAWarning()
    {
        var report = new CoverageScenario().Decision(RiskAnalysis, DecisionOutcome.Alternative).Compute();

        Assert.Equal(CoverageStatus.Gap, report[RiskAnalysis].Status);
        Assert.Contains(report.Warnings, w => w.Contains(RiskAnalysis, StringComparison.Ordinal) && w.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void LaterDecisionRevisesAnEarlierOne()
    {
        var status = new CoverageScenario()
            .Decision(SecurityReminders, DecisionOutcome.Implemented, new DateOnly(2025, 3, 1))
            .Decision(SecurityReminders, DecisionOutcome.Alternative, new DateOnly(2024, 1, 1))
            .StatusOf(SecurityReminders);

        Assert.Equal(CoverageStatus.Gap, status);
    }

    [Fact]
    public void ActiveException_IsException()
    {
        var report = new CoverageScenario().Exception("EXC-1", RiskAnalysis, CoverageScenario.AsOf).Compute();

        Assert.Equal(CoverageStatus.Exception, report[RiskAnalysis].Status);
        Assert.Equal("EXC-1", report[RiskAnalysis].ActiveException?.Id);
    }

    [Fact]
    public void ExpiredOrNotYetStartedException_IsIgnored()
    {
        var report = new CoverageScenario()
            .Exception("EXC-OLD", RiskAnalysis, CoverageScenario.AsOf.AddDays(-1))
            .Exception("EXC-LATER", RiskAnalysis, CoverageScenario.AsOf.AddYears(1), starts: CoverageScenario.AsOf.AddDays(1))
            .Compute();

        Assert.Equal(CoverageStatus.Gap, report[RiskAnalysis].Status);
        Assert.Null(report[RiskAnalysis].ActiveException);
    }

    [Fact]
    public void UnknownCitations_AreWarnedAboutAndIgnored()
    {
        var report = new CoverageScenario()
            .Policy("POL-1", "164.530(c)")
            .Exception("EXC-9", "164.399(z)", CoverageScenario.AsOf)
            .Compute();

        Assert.Equal(2, report.Warnings.Count);
        Assert.All(report.Rows, r => Assert.Equal(CoverageStatus.Gap, r.Status));
    }
}
