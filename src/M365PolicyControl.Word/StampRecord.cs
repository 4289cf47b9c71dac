namespace M365PolicyControl.Word;

/// <summary>
/// What a stamp recorded about the body it approved, kept in the product's own custom XML part so that
/// <see cref="StampVerifier"/> can recompute the hash and say which paragraph changed.
/// </summary>
/// <param name="ControlBlockHash">SHA-256 of the control block's text as stamped (see <see cref="BodyHasher"/>).</param>
/// <param name="MappingHash">SHA-256 of the mapping block's text as stamped.</param>
public sealed record StampRecord(
    string PolicyId,
    string Version,
    string CatalogId,
    string BodyHash,
    string Algorithm,
    DateTimeOffset StampedAt,
    IReadOnlyList<ulong> ParagraphFingerprints,
    string? ControlBlockHash = null,
    string? MappingHash = null);
