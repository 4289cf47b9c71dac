using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>
/// Recomputes the body hash of a stamped document and compares it with the stamp record; checks too that the
/// product's control block and mapping are in place and hold the text they were stamped with.
/// </summary>
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
            var controlBlock = scan.OwnBlocks.ControlBlock is not null;
            if (record is null || record.BodyHash.Length == 0)
            {
                return new VerifyResult(VerifyStatus.NotStamped, null, digest.Hash, [], controlBlock);
            }

            var problems = StampProblems(WordPackageOpener.LoadBody(package), scan.OwnBlocks, record);
            if (string.Equals(record.BodyHash, digest.Hash, StringComparison.OrdinalIgnoreCase))
            {
                var status = problems.Count == 0 ? VerifyStatus.Unchanged : VerifyStatus.StampAltered;
                return new VerifyResult(status, record, digest.Hash, [], controlBlock) { StampProblems = problems };
            }

            var changes = ParagraphDiff.FirstChanges(record.ParagraphFingerprints, current, MaxChangesReported)
                .Select(c => c with { CurrentText = HashMarkers.ForDisplay(c.CurrentText) })
                .ToList();
            return new VerifyResult(VerifyStatus.BodyChanged, record, digest.Hash, changes, controlBlock) { StampProblems = problems };
        });
    }

    private static List<string> StampProblems(Body body, ProductBlocks blocks, StampRecord record)
    {
        var problems = new List<string>();
        if (!string.Equals(record.Algorithm, BodyDigest.Algorithm, StringComparison.Ordinal))
        {
            problems.Add($"the stamp used body hash algorithm '{record.Algorithm}', not '{BodyDigest.Algorithm}'; stamp the document again");
        }

        CheckBlock(problems, body, blocks.ControlBlock, StampTags.ControlBlock, record.ControlBlockHash, "control block", "top");
        CheckBlock(problems, body, blocks.Mapping, StampTags.Mapping, record.MappingHash, "mapping table", "end");
        return problems;
    }

    private static void CheckBlock(List<string> problems, Body body, SdtBlock? block, string tag, string? stampedHash, string name, string place)
    {
        if (block is null)
        {
            problems.Add(ProductBlocks.AllTagged(body, tag).Any()
                ? $"the {name} was moved from the {place} of the body"
                : $"{name} removed");
        }
        else if (stampedHash is null || !string.Equals(stampedHash, ProductBlocks.TextHashOf(block), StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"the {name} was altered");
        }
    }
}
