using M365PolicyControl.Core.Documents;

namespace M365PolicyControl.Word.Adapters;

/// <summary>The Word implementation of <see cref="IDocumentReader"/>: headings and text, the stamp's metadata, the body hash.</summary>
public sealed class WordContentReader : IDocumentReader
{
    /// <inheritdoc />
    public DocumentContent Read(Stream document, string name)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            using var buffer = WordPackageGuard.ReadChecked(document);
            var content = WordDocumentReader.Read(buffer);
            buffer.Position = 0;
            var hash = BodyHasher.Compute(buffer);
            buffer.Position = 0;
            var stamp = StampMetadataReader.Read(buffer);
            var headings = content.Headings.Select(h => new DocumentHeading(h.HeadingLevel ?? 1, h.Text)).ToArray();
            return new DocumentContent(headings, content.Text, stamp, hash);
        }
        catch (WordDocumentException e)
        {
            throw new InvalidDataException($"{name}: {e.Message}", e);
        }
    }
}
