namespace M365PolicyControl.Word;

/// <summary>One non-empty paragraph of a document's body, outside the product's own content controls.</summary>
/// <param name="Text">The visible text with tracked insertions and without tracked deletions, whitespace collapsed.</param>
/// <param name="HashedText">
/// The part of <paramref name="Text"/> the body hash covers: the same, less text in content controls bound to
/// document properties (that text mirrors metadata, which stamping and SharePoint rewrite).
/// </param>
/// <param name="HeadingLevel">1-9 for a heading, null for body text.</param>
public sealed record ScannedParagraph(string Text, string HashedText, int? HeadingLevel)
{
    public bool IsHeading => HeadingLevel is not null;
}
