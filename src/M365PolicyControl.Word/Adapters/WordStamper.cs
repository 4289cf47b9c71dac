using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Documents;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Word.Adapters;

/// <summary>The Word implementation of <see cref="IDocumentStamper"/> over <see cref="DocumentStamper"/> and <see cref="BodyHasher"/>.</summary>
public sealed class WordStamper(CitationParser parser, StampOptions? options = null) : IDocumentStamper
{
    private readonly DocumentStamper _stamper = new(parser);

    /// <inheritdoc />
    public string Stamp(Stream source, Stream destination, PolicyMetadata metadata)
    {
        try
        {
            return _stamper.Stamp(source, destination, metadata, options).BodyHash;
        }
        catch (WordDocumentException e)
        {
            throw new InvalidDataException($"{metadata.PolicyId}: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public string ComputeBodyHash(Stream document)
    {
        try
        {
            return BodyHasher.Compute(document);
        }
        catch (WordDocumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }
}
