using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Documents;

/// <summary>One heading of a document body, as the author styled it (Heading 1 is level 1).</summary>
public sealed record DocumentHeading(int Level, string Text);

/// <summary>
/// What the product needs to know about a document's content: its headings, its plain body text
/// (outside the product's own stamp), the stamp's metadata when it carries one, and the body hash.
/// </summary>
/// <param name="Headings">Every heading in body order.</param>
/// <param name="Text">The body text, paragraphs separated by new lines, without the product's content controls.</param>
/// <param name="Stamp">The control metadata the document's stamp holds; null when it was never stamped.</param>
/// <param name="BodyHash">SHA-256 (hex) of the normalised body, as the stamp records it.</param>
public sealed record DocumentContent(
    IReadOnlyList<DocumentHeading> Headings,
    string Text,
    PolicyMetadata? Stamp,
    string BodyHash)
{
    /// <summary>The first heading of the lowest level present, which authors use as the title; null without headings.</summary>
    public string? Title =>
        Headings.Count == 0 ? null : Headings.First(h => h.Level == Headings.Min(x => x.Level)).Text;
}
