using M365PolicyControl.Core.Coverage;
using M365PolicyControl.SharePoint.Lifecycle;

namespace M365PolicyControl.SharePoint.Tests.Lifecycle;

/// <summary>The Policy Exceptions and Implementation Decisions registers feed the coverage matrix.</summary>
public sealed class RegisterTests
{
    [Fact]
    public async Task RecordedExceptionAndDecision_ShowInTheMatrixAsExceptionAndDecision()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ApprovedAsync(h.AccessPolicy());

        await h.Service.AddExceptionAsync("164.312(b)", id, LifecycleHarness.Approver, "Audit log rollout in progress", "Weekly manual log review", h.Service.Today.AddMonths(2));
        await h.Service.AddDecisionAsync("164.312(a)(2)(iv)", DecisionOutcome.Alternative, LifecycleHarness.Approver, "Full-disk encryption on every endpoint instead");
        var report = CoverageCalculator.Compute(await h.Service.CoverageInputAsync());

        var exception = report.Rows.Single(r => r.Requirement.Citation == "164.312(b)");
        var decision = report.Rows.Single(r => r.Requirement.Citation == "164.312(a)(2)(iv)");
        Assert.Equal(CoverageStatus.Exception, exception.Status);
        Assert.Equal(LifecycleHarness.Approver, exception.ActiveException!.ApprovedBy);
        Assert.Equal(CoverageStatus.Decision, decision.Status);
        Assert.Equal("Full-disk encryption on every endpoint instead", decision.Decision!.Rationale);
        Assert.Single(report.Exceptions);
        Assert.Single(report.Decisions);
    }

    [Theory]
    [InlineData("164.312(b)")]
    [InlineData("164.399(z)")]
    public async Task Decision_OnARequiredOrUnknownCitation_IsRefusedAndNothingIsWritten(string citation)
    {
        await using var h = await LifecycleHarness.StartAsync();

        var refusal = await Assert.ThrowsAsync<LifecycleException>(() =>
            h.Service.AddDecisionAsync(citation, DecisionOutcome.NotReasonableAndAppropriate, LifecycleHarness.Approver, "Because"));

        Assert.Equal(LifecycleError.InvalidInput, refusal.Error);
        Assert.Empty(await h.Service.DecisionsAsync());
    }

    [Fact]
    public async Task ExpiredException_IsNotInForce()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ApprovedAsync(h.AccessPolicy());
        await h.Service.AddExceptionAsync("164.312(b)", id, LifecycleHarness.Approver, "Rollout", null, h.Service.Today.AddDays(10));

        h.Clock.Advance(TimeSpan.FromDays(11));
        var report = CoverageCalculator.Compute(await h.Service.CoverageInputAsync());

        Assert.NotEqual(CoverageStatus.Exception, report.Rows.Single(r => r.Requirement.Citation == "164.312(b)").Status);
    }
}
