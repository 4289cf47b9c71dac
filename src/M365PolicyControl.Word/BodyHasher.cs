namespace M365PolicyControl.Word;

/// <summary>
/// The BodyHash: SHA-256 over the body text outside the product's own content controls.
/// </summary>
/// <remarks>
/// Normalisation (algorithm <see cref="BodyDigest.Algorithm"/>): each body paragraph's text, including text in
/// tables, text boxes, equations (<c>m:t</c>) and tracked insertions, excluding tracked deletions, field codes, the
/// fallback copy of alternate content and text of content controls bound to the core or extended properties or to
/// SharePoint's metadata part (controls bound to other custom XML are hashed). Hidden (<c>w:vanish</c>) text is
/// hashed between marker characters that XML cannot hold, so hiding or unhiding text changes the hash. Whitespace
/// runs (tabs and breaks count as whitespace) collapse to one space and ends are trimmed; empty paragraphs are left
/// out. After the body come the paragraphs of the footnotes and then the endnotes (separators left out), each
/// prefixed with a marker character. Paragraphs are joined with "\n" and hashed as UTF-8. Formatting, headers,
/// footers and comments do not count. Only the product's control block (first body block) and mapping (last block
/// before the final section properties) are left out; any other content control is hashed.
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
