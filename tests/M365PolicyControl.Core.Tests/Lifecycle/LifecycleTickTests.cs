using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Tests.Lifecycle;

public sealed class LifecycleTickTests
{
    private static readonly DateOnly Today = new(2025, 7, 1);

    private static PolicyMetadata Version(string id, string version, PolicyStatus status, DateOnly? effective) => new()
    {
        PolicyId = id,
        Title = id,
        Owner = "owner@contoso.com",
        Version = PolicyVersion.Parse(version),
        Status = status,
        EffectiveDate = effective,
    };

    [Fact]
    public void Run_ApprovedReachedDate_BecomesEffectiveAndSupersedesPrevious()
    {
        var old = Version("POL-1", "1.0", PolicyStatus.Effective, new DateOnly(2024, 7, 1));
        var approved = Version("POL-1", "2.0", PolicyStatus.Approved, Today);

        var result = LifecycleTick.Run([old, approved], Today);

        Assert.Equal(2, result.Changes.Count);
        Assert.Equal((PolicyStatus.Approved, PolicyStatus.Effective), (result.Changes[0].Before.Status, result.Changes[0].After!.Status));
        Assert.Same(approved, result.Changes[0].Before);
        Assert.Same(old, result.Changes[1].Before);
        Assert.Equal(PolicyStatus.Superseded, result.Changes[1].After!.Status);
    }

    [Fact]
    public void Run_ApprovedWithFutureDate_ChangesNothing()
    {
        var old = Version("POL-1", "1.0", PolicyStatus.Effective, new DateOnly(2025, 1, 1));
        var approved = Version("POL-1", "2.0", PolicyStatus.Approved, Today.AddDays(10));

        Assert.Empty(LifecycleTick.Run([old, approved], Today).Changes);
    }

    [Fact]
    public void Run_TwoApprovedVersionsDue_NewestWinsOlderIsSuperseded()
    {
        var older = Version("POL-1", "1.0", PolicyStatus.Approved, new DateOnly(2025, 6, 1));
        var newer = Version("POL-1", "2.0", PolicyStatus.Approved, new DateOnly(2025, 6, 15));

        var result = LifecycleTick.Run([older, newer], Today);

        Assert.Equal(PolicyStatus.Effective, result.Changes.Single(c => ReferenceEquals(c.Before, newer)).After!.Status);
        Assert.Equal(PolicyStatus.Superseded, result.Changes.Single(c => ReferenceEquals(c.Before, older)).After!.Status);
    }

    [Fact]
    public void Run_OtherPolicies_AreNotSuperseded()
    {
        var other = Version("POL-2", "1.0", PolicyStatus.Effective, new DateOnly(2025, 1, 1));
        var approved = Version("POL-1", "1.0", PolicyStatus.Approved, Today);

        var result = LifecycleTick.Run([other, approved], Today);

        Assert.Same(approved, Assert.Single(result.Changes).Before);
    }

    [Fact]
    public void Run_EffectiveDocumentsNearOrPastReview_AreFlaggedDueOrOverdue()
    {
        var overdue = Version("POL-1", "1.0", PolicyStatus.Effective, new DateOnly(2024, 6, 1));
        var due = Version("POL-2", "1.0", PolicyStatus.Effective, new DateOnly(2024, 7, 20));
        var fine = Version("POL-3", "1.0", PolicyStatus.Effective, new DateOnly(2025, 1, 1));
        var superseded = Version("POL-4", "1.0", PolicyStatus.Superseded, new DateOnly(2020, 1, 1));

        var reviews = LifecycleTick.Run([overdue, due, fine, superseded], Today).Reviews;

        Assert.Equal(
            [("POL-1", ReviewState.Overdue, new DateOnly(2025, 6, 1)), ("POL-2", ReviewState.Due, new DateOnly(2025, 7, 20))],
            reviews.Select(r => (r.PolicyId, r.State, r.Due)));
    }

    [Fact]
    public void Run_NewlyEffectiveDocument_IsJudgedForReviewAfterTheChange()
    {
        var approved = Version("POL-1", "1.0", PolicyStatus.Approved, new DateOnly(2024, 6, 1));

        var result = LifecycleTick.Run([approved], Today);

        Assert.Equal(ReviewState.Overdue, Assert.Single(result.Reviews).State);
    }
}
