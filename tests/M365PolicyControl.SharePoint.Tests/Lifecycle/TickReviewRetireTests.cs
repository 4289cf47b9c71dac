using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;
using M365PolicyControl.SharePoint.Lifecycle;
using M365PolicyControl.SharePoint.Rest;

namespace M365PolicyControl.SharePoint.Tests.Lifecycle;

public sealed class TickReviewRetireTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(LifecycleHarness.StartOfToday.UtcDateTime);

    [Fact]
    public async Task Tick_FutureEffectiveDate_StaysApprovedUntilThatDay()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var planned = Today.AddDays(10);
        var manifest = new PolicyMetadata { PolicyId = "POL-AC-001", Title = "Access", Owner = LifecycleHarness.Owner, Requirements = ["164.312(a)(1)"], EffectiveDate = planned };
        await h.Service.ImportAsync([new ImportItem(h.AccessPolicy(), manifest)], LifecycleHarness.Owner);
        await h.Service.SubmitAsync("POL-AC-001", LifecycleHarness.Owner);
        await h.Service.ApproveAsync("POL-AC-001", LifecycleHarness.Approver);

        var early = await h.Service.TickAsync(planned.AddDays(-1));
        var stillApproved = await h.Service.GetAsync("POL-AC-001");
        var onTheDay = await h.Service.TickAsync(planned);

        Assert.Empty(early.BecameEffective);
        Assert.Equal(PolicyStatus.Approved, stillApproved.Status);
        Assert.Equal(planned, stillApproved.Metadata.EffectiveDate);
        Assert.Equal(["POL-AC-001"], onTheDay.BecameEffective.Select(e => e.PolicyId));
        var effective = await h.Service.GetAsync("POL-AC-001");
        Assert.Equal(PolicyStatus.Effective, effective.Status);
        Assert.Equal(ModerationStatus.Approved, effective.File.Moderation);
        Assert.Equal("1.0", effective.File.VersionLabel);
    }

    [Fact]
    public async Task Tick_FlagsOverdueReviews()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ApprovedAsync(h.AccessPolicy());
        await h.Service.TickAsync(Today);

        var report = await h.Service.TickAsync(Today.AddMonths(13));

        Assert.Equal([id], report.ReviewOverdue.Select(e => e.PolicyId));
        Assert.True((await h.Service.StatusAsync(Today.AddMonths(13))).Single().Overdue);
    }

    [Fact]
    public async Task Tick_NewVersionEffective_SupersedesThePreviousOne()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ApprovedAsync(h.AccessPolicy());
        await h.Service.TickAsync(Today);
        await h.Service.ImportAsync([new ImportItem(h.AccessPolicy(extra: "Version two adds shared-account rules."))], LifecycleHarness.Owner);
        await h.Service.SubmitAsync(id, LifecycleHarness.Owner);
        await h.Service.ApproveAsync(id, LifecycleHarness.Approver);

        var report = await h.Service.TickAsync(Today);

        Assert.Equal([$"version 1.0 superseded"], report.Superseded.Select(e => e.Detail));
        var history = await h.Service.HistoryAsync(id);
        Assert.Equal("Effective", history.First(r => r.Version == "2.0").Status);
        Assert.Equal("Superseded", history.First(r => r.Version == "1.0").Status);
    }

    [Fact]
    public async Task Review_NoChange_MovesTheReviewDatesWithoutANewVersion()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ApprovedAsync(h.AccessPolicy());
        await h.Service.TickAsync(Today);
        var before = await h.Service.GetAsync(id);
        h.Clock.Advance(TimeSpan.FromDays(300));

        var reviewed = await h.Service.ReviewAsync(id, LifecycleHarness.OtherOwner, ReviewOutcome.NoChange, "Still accurate.");

        var reviewDay = Today.AddDays(300);
        Assert.Equal(reviewDay, reviewed.Metadata.LastReviewed);
        Assert.Equal(reviewDay.AddMonths(12), reviewed.Metadata.NextReviewDue);
        Assert.Equal(before.File.VersionLabel, reviewed.File.VersionLabel);
        Assert.Equal(before.BodyHash, reviewed.BodyHash);
        Assert.Equal(PolicyStatus.Effective, reviewed.Status);
        Assert.Equal(ModerationStatus.Approved, reviewed.File.Moderation);
        var rows = await h.Service.ReviewRowsAsync();
        Assert.Single(rows);
        Assert.Equal("Reviewed, no change", rows[0][PolicyColumns.Review.Outcome]);
    }

    [Fact]
    public async Task Retire_SetsRetainUntilSixYearsAfterTheLastEffectiveDate_AndDeletionBeforeItIsRefused()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ApprovedAsync(h.AccessPolicy());
        await h.Service.TickAsync(Today);
        var successor = await h.ImportAsync(h.AccessPolicy("access-control-policy-v2.docx"));

        var retired = await h.Service.RetireAsync(id, LifecycleHarness.Owner, "Replaced by the consolidated policy", successor);

        Assert.Equal(PolicyStatus.Retired, retired.Status);
        Assert.Equal(Today.AddYears(6), retired.RetainUntil);
        Assert.Contains(successor, retired.Metadata.ChangeSummary, StringComparison.Ordinal);
        var refusal = await Assert.ThrowsAsync<LifecycleException>(() => h.Service.DeleteAsync(id));
        Assert.Equal(LifecycleError.RetentionHold, refusal.Error);
        Assert.NotNull(await h.Library.FindByPolicyIdAsync(id));
    }

    [Fact]
    public void RetentionDate_IsTheLaterOfCreationAndLastEffectivePlusSixYears()
    {
        var created = new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2030, 5, 1), PolicyLifecycleService.RetentionDate(created, null));
        Assert.Equal(new DateOnly(2030, 5, 1), PolicyLifecycleService.RetentionDate(created, new DateOnly(2023, 1, 1)));
        Assert.Equal(new DateOnly(2032, 2, 1), PolicyLifecycleService.RetentionDate(created, new DateOnly(2026, 2, 1)));
    }
}
