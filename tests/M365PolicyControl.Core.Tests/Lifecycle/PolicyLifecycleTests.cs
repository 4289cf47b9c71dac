using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Tests.Lifecycle;

public sealed class PolicyLifecycleTests
{
    private static readonly DateOnly Today = new(2025, 7, 1);

    private static PolicyMetadata Doc(PolicyStatus status, string version = "0.3", DateOnly? effective = null) => new()
    {
        PolicyId = "POL-AC-001",
        Title = "Access Control Policy",
        Owner = "owner@contoso.com",
        Status = status,
        Version = PolicyVersion.Parse(version),
        EffectiveDate = effective,
    };

    [Theory]
    [InlineData("0.3", "1.0")]
    [InlineData("1.2", "2.0")]
    [InlineData("1.0", "1.0")]
    public void Submit_Draft_GoesInReviewAsNextMajorVersion(string draft, string published)
    {
        var step = PolicyLifecycle.Submit(Doc(PolicyStatus.Draft, draft));

        Assert.True(step.IsAllowed);
        Assert.Equal(PolicyStatus.InReview, step.After!.Status);
        Assert.Equal(PolicyVersion.Parse(published), step.After.Version);
    }

    [Theory]
    [InlineData(PolicyStatus.InReview)]
    [InlineData(PolicyStatus.Approved)]
    [InlineData(PolicyStatus.Effective)]
    [InlineData(PolicyStatus.Superseded)]
    [InlineData(PolicyStatus.Retired)]
    public void Submit_NotDraft_IsRefusedNamingStatus(PolicyStatus status)
    {
        var step = PolicyLifecycle.Submit(Doc(status));

        Assert.False(step.IsAllowed);
        Assert.Null(step.After);
        Assert.Contains("POL-AC-001", step.Refusal);
        Assert.Contains($"it is {status.Display()}", step.Refusal);
        Assert.Contains("only a document that is Draft", step.Refusal);
    }

    [Fact]
    public void Approve_InReview_RecordsApproverAndDate()
    {
        var step = PolicyLifecycle.Approve(Doc(PolicyStatus.InReview, "1.0"), " ceo@contoso.com ", Today);

        Assert.Equal(PolicyStatus.Approved, step.After!.Status);
        Assert.Equal("ceo@contoso.com", step.After.Approver);
        Assert.Equal(Today, step.After.ApprovedOn);
        Assert.Null(step.After.EffectiveDate);
    }

    [Theory]
    [InlineData(PolicyStatus.Draft)]
    [InlineData(PolicyStatus.Approved)]
    [InlineData(PolicyStatus.Effective)]
    public void Approve_NotInReview_IsRefused(PolicyStatus status)
    {
        var step = PolicyLifecycle.Approve(Doc(status), "ceo@contoso.com", Today);

        Assert.Contains("In Review", step.Refusal);
    }

    [Fact]
    public void Approve_NoApprover_IsRefused()
    {
        Assert.False(PolicyLifecycle.Approve(Doc(PolicyStatus.InReview), " ", Today).IsAllowed);
    }

    [Fact]
    public void Reject_InReviewWithComment_ReturnsToDraft()
    {
        var step = PolicyLifecycle.Reject(Doc(PolicyStatus.InReview, "1.0"), "Section 3 lacks the MFA rule.");

        Assert.Equal(PolicyStatus.Draft, step.After!.Status);
        Assert.Equal(new PolicyVersion(1, 0), step.After.Version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Reject_WithoutComment_IsRefused(string? comment)
    {
        var step = PolicyLifecycle.Reject(Doc(PolicyStatus.InReview), comment);

        Assert.Contains("comment", step.Refusal);
    }

    [Fact]
    public void Reject_Draft_IsRefused()
    {
        Assert.False(PolicyLifecycle.Reject(Doc(PolicyStatus.Draft), "no").IsAllowed);
    }

    [Theory]
    [InlineData(2025, 7, 1)]
    [InlineData(2025, 6, 1)]
    public void MakeEffective_ApprovedWithDateReached_BecomesEffective(int y, int m, int d)
    {
        var step = PolicyLifecycle.MakeEffective(Doc(PolicyStatus.Approved, "1.0", new DateOnly(y, m, d)), Today);

        Assert.Equal(PolicyStatus.Effective, step.After!.Status);
        Assert.Equal(new DateOnly(y, m, d), step.After.EffectiveDate);
    }

    [Fact]
    public void MakeEffective_ApprovedWithFutureDate_StaysApproved()
    {
        var step = PolicyLifecycle.MakeEffective(Doc(PolicyStatus.Approved, "1.0", Today.AddDays(1)), Today);

        Assert.False(step.IsAllowed);
        Assert.Contains("2025-07-02", step.Refusal);
    }

    [Fact]
    public void MakeEffective_ApprovedWithoutDate_IsEffectiveFromToday()
    {
        var step = PolicyLifecycle.MakeEffective(Doc(PolicyStatus.Approved, "1.0"), Today);

        Assert.Equal(Today, step.After!.EffectiveDate);
    }

    [Theory]
    [InlineData(PolicyStatus.Draft)]
    [InlineData(PolicyStatus.InReview)]
    [InlineData(PolicyStatus.Retired)]
    public void MakeEffective_NotApproved_IsRefused(PolicyStatus status)
    {
        Assert.False(PolicyLifecycle.MakeEffective(Doc(status, "1.0", Today), Today).IsAllowed);
    }

    [Fact]
    public void Supersede_Effective_BecomesSuperseded()
    {
        Assert.Equal(PolicyStatus.Superseded, PolicyLifecycle.Supersede(Doc(PolicyStatus.Effective, "1.0", Today)).After!.Status);
    }

    [Theory]
    [InlineData(PolicyStatus.Effective)]
    [InlineData(PolicyStatus.Approved)]
    public void Retire_EffectiveOrApprovedWithReason_IsRetiredRecordingReplacement(PolicyStatus status)
    {
        var step = PolicyLifecycle.Retire(Doc(status, "2.0", Today), "Merged into the IAM policy.", "POL-IAM-001");

        Assert.Equal(PolicyStatus.Retired, step.After!.Status);
        Assert.Equal("Retired: Merged into the IAM policy. Replaced by POL-IAM-001.", step.After.ChangeSummary);
    }

    [Theory]
    [InlineData(PolicyStatus.Draft)]
    [InlineData(PolicyStatus.InReview)]
    [InlineData(PolicyStatus.Superseded)]
    [InlineData(PolicyStatus.Retired)]
    public void Retire_OtherStatus_IsRefused(PolicyStatus status)
    {
        Assert.False(PolicyLifecycle.Retire(Doc(status), "reason").IsAllowed);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(" ", null)]
    [InlineData("reason", "not an id")]
    [InlineData("reason", "POL-AC-001")]
    public void Retire_MissingReasonOrBadReplacement_IsRefused(string? reason, string? replacedBy)
    {
        Assert.False(PolicyLifecycle.Retire(Doc(PolicyStatus.Effective, "1.0", Today), reason, replacedBy).IsAllowed);
    }

    [Fact]
    public void NextStatuses_EveryStatus_MatchesTheStepsThatAreAllowed()
    {
        foreach (var status in Enum.GetValues<PolicyStatus>())
        {
            var doc = Doc(status, "1.0", Today);
            var reachable = new[]
                {
                    PolicyLifecycle.Submit(doc), PolicyLifecycle.Approve(doc, "a@x", Today), PolicyLifecycle.Reject(doc, "c"),
                    PolicyLifecycle.MakeEffective(doc, Today), PolicyLifecycle.Supersede(doc), PolicyLifecycle.Retire(doc, "r"),
                }
                .Where(t => t.IsAllowed)
                .Select(t => t.After!.Status)
                .Order();

            Assert.Equal(PolicyLifecycle.NextStatuses(status).Order(), reachable);
        }
    }
}
