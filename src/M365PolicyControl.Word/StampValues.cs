using System.Globalization;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Word;

/// <summary>
/// The values one stamp writes, in both forms: text for people (dates in the chosen culture) and ISO 8601
/// for properties that software reads.
/// </summary>
internal sealed record StampValues(
    PolicyMetadata Metadata,
    string CatalogId,
    BodyDigest Digest,
    DateTimeOffset StampedAt,
    CultureInfo Culture)
{
    private const string None = "—";

    /// <summary>Label and display value of each control block row, in order.</summary>
    public IReadOnlyList<(string Label, string Value)> DisplayRows =>
    [
        ("Policy ID", Metadata.PolicyId),
        ("Title", Metadata.Title),
        ("Kind", Metadata.Kind.ToString()),
        ("Version", Metadata.Version.ToString()),
        ("Status", StatusText(Metadata.Status)),
        ("Effective date", Display(Metadata.EffectiveDate)),
        ("Owner", Metadata.Owner),
        ("Backup owner", Metadata.BackupOwner ?? None),
        ("Approver", Metadata.Approver ?? None),
        ("Approved on", Display(Metadata.ApprovedOn)),
        ("Last reviewed", Display(Metadata.LastReviewed)),
        ("Next review due", Display(Metadata.EffectiveNextReviewDue)),
        ("Catalog", CatalogId),
        ("Body hash (SHA-256)", Digest.Hash),
    ];

    /// <summary>The line shown in every header and footer.</summary>
    public string ControlledCopyLine
    {
        get
        {
            var effective = Metadata.EffectiveDate is { } date
                ? $"Effective {Display(date)}"
                : $"{StatusText(Metadata.Status)}, not yet effective";
            return $"Controlled copy — {Metadata.PolicyId} v{Metadata.Version} — {effective} — printed copies are uncontrolled";
        }
    }

    /// <summary>Custom document properties: name to value, null meaning "remove if present".</summary>
    public IReadOnlyList<(string Name, string? Value)> CustomProperties =>
    [
        (StampPropertyNames.PolicyId, Metadata.PolicyId),
        (StampPropertyNames.Title, Metadata.Title),
        (StampPropertyNames.Kind, Metadata.Kind.ToString()),
        (StampPropertyNames.Version, Metadata.Version.ToString()),
        (StampPropertyNames.Status, Metadata.Status.ToString()),
        (StampPropertyNames.EffectiveDate, Iso(Metadata.EffectiveDate)),
        (StampPropertyNames.Owner, Metadata.Owner),
        (StampPropertyNames.BackupOwner, Metadata.BackupOwner),
        (StampPropertyNames.Approver, Metadata.Approver),
        (StampPropertyNames.ApprovedOn, Iso(Metadata.ApprovedOn)),
        (StampPropertyNames.LastReviewed, Iso(Metadata.LastReviewed)),
        (StampPropertyNames.NextReviewDue, Iso(Metadata.EffectiveNextReviewDue)),
        (StampPropertyNames.CatalogId, CatalogId),
        (StampPropertyNames.BodyHash, Digest.Hash),
        (StampPropertyNames.BodyHashAlgorithm, BodyDigest.Algorithm),
        (StampPropertyNames.StampedAt, StampedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
    ];

    public static string StatusText(PolicyStatus status) => status == PolicyStatus.InReview ? "In Review" : status.ToString();

    public static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date in the culture's long form without the weekday ("January 15, 2026" in en-US).</summary>
    public string Display(DateOnly? date)
    {
        if (date is not { } value)
        {
            return None;
        }

        var pattern = Culture.DateTimeFormat.LongDatePattern
            .Replace("dddd, ", string.Empty, StringComparison.Ordinal)
            .Replace("dddd ", string.Empty, StringComparison.Ordinal)
            .Replace("dddd", string.Empty, StringComparison.Ordinal)
            .Trim();
        return value.ToString(pattern, Culture);
    }
}
