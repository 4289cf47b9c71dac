using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>Recomputes the body hash of a stamped document and compares it with the stamp record.</summary>
public static class StampVerifier
{
    /// <summary>How many differing paragraphs a result names at most.</summary>
    public const int MaxChangesReported = 5;

    /// <summary>Verifies a .docx/.docm stream (read only; signed documents can be verified).</summary>
    /// <exception cref="WordDocumentException">The stream is not a readable Word document.</exception>
    public static VerifyResult Verify(Stream document)
    {
        using var buffer = WordPackageGuard.ReadChecked(document);
        using var package = WordPackageOpener.Open(buffer, editable: false);
        return WordPackageOpener.Guarded(() =>
        {
            var scan = WordDocumentReader.Scan(package);
            var current = scan.HashedParagraphs.ToList();
            var digest = BodyDigest.Of(current);
            var record = StampRecordPart.Read(package.MainDocumentPart!);
            var controlBlock = scan.OwnControls.Any(c => c is SdtBlock && c.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == StampTags.ControlBlock);
            if (record is null || record.BodyHash.Length == 0)
            {
                return new VerifyResult(VerifyStatus.NotStamped, null, digest.Hash, [], controlBlock);
            }

            if (string.Equals(record.BodyHash, digest.Hash, StringComparison.OrdinalIgnoreCase))
            {
                return new VerifyResult(VerifyStatus.Unchanged, record, digest.Hash, [], controlBlock);
            }

            var changes = ParagraphDiff.FirstChanges(record.ParagraphFingerprints, current, MaxChangesReported);
            return new VerifyResult(VerifyStatus.BodyChanged, record, digest.Hash, changes, controlBlock);
        });
    }
}
