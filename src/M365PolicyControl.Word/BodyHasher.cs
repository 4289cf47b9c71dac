namespace M365PolicyControl.Word;

/// <summary>
/// The BodyHash: SHA-256 over the body text outside the product's own content controls.
/// </summary>
/// <remarks>
/// Normalisation (algorithm <see cref="BodyDigest.Algorithm"/>): each body paragraph's text, including text in
/// tables, text boxes and tracked insertions, excluding tracked deletions, field codes, the fallback copy of
/// alternate content and text of content controls bound to document properties; whitespace runs (tabs and
/// breaks count as whitespace) collapsed to one space and trimmed; empty paragraphs left out; paragraphs joined
/// with "\n"; UTF-8. Formatting, empty paragraphs, headers, footers, comments and notes do not count.
/// </remarks>
public static class BodyHasher
{
    /// <summary>Computes the body hash of a Word document.</summary>
    /// <exception cref="WordDocumentException">The stream is not a readable Word document.</exception>
    public static string Compute(Stream document) => ComputeDigest(document).Hash;

    /// <summary>Computes the body hash with per-paragraph fingerprints.</summary>
    public static BodyDigest ComputeDigest(Stream document)
    {
        using var buffer = WordPackageGuard.ReadChecked(document);
        using var package = WordPackageOpener.Open(buffer, editable: false);
        return BodyDigest.Of(WordDocumentReader.Scan(package).HashedParagraphs);
    }
}
