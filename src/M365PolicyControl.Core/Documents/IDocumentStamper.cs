using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Documents;

/// <summary>
/// Writes the product's stamp (control block, mapping table, controlled-copy line, properties) into a
/// controlled document. Re-stamping replaces the stamp; the body is never changed.
/// </summary>
public interface IDocumentStamper
{
    /// <summary>Writes a stamped copy of <paramref name="source"/> to <paramref name="destination"/>.</summary>
    /// <param name="source">The document to stamp; read only, left open.</param>
    /// <param name="destination">Receives the stamped document; left open.</param>
    /// <param name="metadata">What the stamp shows (id, version, effective date, approver, mapping...).</param>
    /// <returns>The body hash recorded in the stamp (SHA-256 hex of the normalised body).</returns>
    /// <exception cref="InvalidDataException">The source is not a stampable document.</exception>
    string Stamp(Stream source, Stream destination, PolicyMetadata metadata);

    /// <summary>Computes the body hash of a document, stamped or not, exactly as <see cref="Stamp"/> records it.</summary>
    string ComputeBodyHash(Stream document);
}
