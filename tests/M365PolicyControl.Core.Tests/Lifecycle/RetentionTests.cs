using M365PolicyControl.Core.Lifecycle;

namespace M365PolicyControl.Core.Tests.Lifecycle;

public sealed class RetentionTests
{
    [Fact]
    public void RetainUntil_LastEffectiveLaterThanCreation_CountsFromLastEffective()
    {
        Assert.Equal(new DateOnly(2031, 3, 1), Retention.RetainUntil(new DateOnly(2020, 1, 15), new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void RetainUntil_NeverEffective_CountsFromCreation()
    {
        Assert.Equal(new DateOnly(2026, 1, 15), Retention.RetainUntil(new DateOnly(2020, 1, 15), null));
    }

    [Fact]
    public void RetainUntil_EffectiveDateBeforeCreation_CountsFromCreation()
    {
        Assert.Equal(new DateOnly(2026, 1, 15), Retention.RetainUntil(new DateOnly(2020, 1, 15), new DateOnly(2019, 12, 1)));
    }

    [Fact]
    public void RetainUntil_LeapDay_FallsBackToTwentyEighth()
    {
        Assert.Equal(new DateOnly(2030, 2, 28), Retention.RetainUntil(new DateOnly(2024, 2, 29), null));
    }

    [Theory]
    [InlineData(2031, 2, 28, false)]
    [InlineData(2031, 3, 1, false)]
    [InlineData(2031, 3, 2, true)]
    public void CanDelete_AroundRetentionDate_OnlyAfterIt(int y, int m, int d, bool expected)
    {
        Assert.Equal(expected, Retention.CanDelete(new DateOnly(2031, 3, 1), new DateOnly(y, m, d)));
    }

    [Fact]
    public void DeletionRefusal_BeforeRetentionDate_NamesPolicyAndDate()
    {
        var refusal = Retention.DeletionRefusal("POL-1", new DateOnly(2031, 3, 1), new DateOnly(2026, 1, 1));

        Assert.Contains("POL-1", refusal);
        Assert.Contains("2031-03-01", refusal);
        Assert.Null(Retention.DeletionRefusal("POL-1", new DateOnly(2031, 3, 1), new DateOnly(2031, 3, 2)));
    }
}
