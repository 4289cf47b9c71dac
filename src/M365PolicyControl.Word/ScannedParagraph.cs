namespace M365PolicyControl.Word;

/// <summary>One non-empty paragraph of a document's body, outside the product's own content controls.</summary>
/// <param name="Text">The visible text (empty when all of it is hidden) with tracked insertions and without tracked deletions, whitespace collapsed.</param>
/// <param name="HashedText">
/// What the body hash covers: the same, plus hidden (<c>w:vanish</c>) text between markers, less text in content
/// controls bound to document properties (that text mirrors metadata, which stamping and SharePoint rewrite).
/// </param>
/// <param name="HeadingLevel">1-9 for a heading, null for body text.</param>
public sealed record ScannedParagraph(string Text, string HashedText, int? HeadingLevel)
{
    public bool IsHeading => HeadingLevel is not null;
}
