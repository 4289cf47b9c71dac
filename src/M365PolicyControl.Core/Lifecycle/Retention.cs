namespace M365PolicyControl.Core.Lifecycle;

/// <summary>
/// 45 CFR 164.316(b)(2)(i): documentation is kept six years from its creation or the date it was last in
/// effect, whichever is later.
/// </summary>
public static class Retention
{
    public const int Years = 6;

    /// <summary>The later of creation and the last effective date, plus six years (29 February falls back to the 28th).</summary>
    public static DateOnly RetainUntil(DateOnly createdOn, DateOnly? lastEffectiveDate)
    {
        var from = lastEffectiveDate is { } effective && effective > createdOn ? effective : createdOn;
        return from.AddYears(Years);
    }

    /// <summary>True once the retention date has passed; on the date itself the document is still kept.</summary>
    public static bool CanDelete(DateOnly retainUntil, DateOnly now) => now > retainUntil;

    /// <summary>Why deleting <paramref name="policyId"/> is refused on <paramref name="now"/>; null when it may be deleted.</summary>
    public static string? DeletionRefusal(string policyId, DateOnly retainUntil, DateOnly now) =>
        CanDelete(retainUntil, now)
            ? null
            : $"{policyId} must be kept until {retainUntil:yyyy-MM-dd} (six years from creation or last effective date, 45 CFR 164.316(b)(2)(i)); it cannot be deleted before then.";
}
