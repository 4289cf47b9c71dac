namespace M365PolicyControl.Word;

/// <summary>
/// What a stamp recorded about the body it approved, kept in the product's own custom XML part so that
/// <see cref="StampVerifier"/> can recompute the hash and say which paragraph changed.
/// </summary>
public sealed record StampRecord(
    string PolicyId,
    string Version,
    string CatalogId,
    string BodyHash,
    string Algorithm,
    DateTimeOffset StampedAt,
    IReadOnlyList<ulong> ParagraphFingerprints);
