using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Tests.Lifecycle;

public sealed class ReviewScheduleTests
{
    private static readonly PolicyMetadata Effective = new()
    {
        PolicyId = "POL-1",
        Title = "T",
        Owner = "o@x.com",
        Status = PolicyStatus.Effective,
        Version = new PolicyVersion(1, 0),
        EffectiveDate = new DateOnly(2024, 7, 1),
        ReviewCadenceMonths = 12,
    };

    [Theory]
    [InlineData(2025, 5, 31, ReviewState.NotDue)]
    [InlineData(2025, 6, 1, ReviewState.Due)]
    [InlineData(2025, 7, 1, ReviewState.Due)]
    [InlineData(2025, 7, 2, ReviewState.Overdue)]
    public void StateOn_AroundTheDueDate_IsNotDueDueOrOverdue(int y, int m, int d, ReviewState expected)
    {
        Assert.Equal(expected, ReviewSchedule.StateOn(Effective, new DateOnly(y, m, d)));
    }

    [Fact]
    public void StateOn_NoDatesAtAll_IsUnscheduled()
    {
        Assert.Equal(ReviewState.Unscheduled, ReviewSchedule.StateOn(Effective with { EffectiveDate = null }, new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void StateOn_ExplicitNextReviewDue_WinsOverCadence()
    {
        var doc = Effective with { NextReviewDue = new DateOnly(2025, 1, 1) };

        Assert.Equal(ReviewState.Overdue, ReviewSchedule.StateOn(doc, new DateOnly(2025, 2, 1)));
    }

    [Theory]
    [InlineData(2025, 1, 31, 1, 2025, 2, 28)]
    [InlineData(2024, 2, 29, 12, 2025, 2, 28)]
    [InlineData(2025, 3, 15, 24, 2027, 3, 15)]
    public void NextReviewDue_FromReviewDate_AddsCadenceMonths(int y, int m, int d, int months, int ey, int em, int ed)
    {
        Assert.Equal(new DateOnly(ey, em, ed), ReviewSchedule.NextReviewDue(new DateOnly(y, m, d), months));
    }

    [Theory]
    [InlineData("no-change", ReviewOutcome.NoChange)]
    [InlineData("NoChange", ReviewOutcome.NoChange)]
    [InlineData("no_change", ReviewOutcome.NoChange)]
    [InlineData(" revise ", ReviewOutcome.Revise)]
    [InlineData("RETIRE", ReviewOutcome.Retire)]
    [InlineData("approve", null)]
    [InlineData(null, null)]
    public void ParseOutcome_Words_ReadsTheThreeOutcomes(string? text, ReviewOutcome? expected)
    {
        Assert.Equal(expected, ReviewSchedule.ParseOutcome(text));
    }

    [Fact]
    public void Record_NoChange_MovesReviewDatesAndKeepsVersionAndStatus()
    {
        var (record, refusal) = ReviewSchedule.Record(Effective, ReviewOutcome.NoChange, new DateOnly(2025, 6, 20));

        Assert.Null(refusal);
        Assert.Equal(new DateOnly(2025, 6, 20), record!.Updated.LastReviewed);
        Assert.Equal(new DateOnly(2026, 6, 20), record.Updated.NextReviewDue);
        Assert.Equal(Effective.Version, record.Updated.Version);
        Assert.Equal(PolicyStatus.Effective, record.Updated.Status);
        Assert.True(record.Restamp);
        Assert.False(record.OpensDraft);
    }

    [Fact]
    public void Record_Revise_AsksForANewDraft()
    {
        var (record, _) = ReviewSchedule.Record(Effective, ReviewOutcome.Revise, new DateOnly(2025, 6, 20));

        Assert.True(record!.OpensDraft);
        Assert.False(record.Restamp);
        Assert.Equal(PolicyStatus.Effective, record.Updated.Status);
    }

    [Fact]
    public void Record_RetireWithNotes_RetiresTheDocument()
    {
        var (record, _) = ReviewSchedule.Record(Effective, ReviewOutcome.Retire, new DateOnly(2025, 6, 20), "Service decommissioned.");

        Assert.Equal(PolicyStatus.Retired, record!.Updated.Status);
        Assert.Equal(new DateOnly(2025, 6, 20), record.Updated.LastReviewed);
    }

    [Fact]
    public void Record_RetireWithoutNotes_IsRefused()
    {
        var (record, refusal) = ReviewSchedule.Record(Effective, ReviewOutcome.Retire, new DateOnly(2025, 6, 20));

        Assert.Null(record);
        Assert.Contains("reason", refusal);
    }

    [Theory]
    [InlineData(PolicyStatus.Draft)]
    [InlineData(PolicyStatus.Approved)]
    [InlineData(PolicyStatus.Retired)]
    public void Record_DocumentNotEffective_IsRefused(PolicyStatus status)
    {
        var (record, refusal) = ReviewSchedule.Record(Effective with { Status = status }, ReviewOutcome.NoChange, new DateOnly(2025, 6, 20));

        Assert.Null(record);
        Assert.Contains("only an Effective document", refusal);
    }
}
