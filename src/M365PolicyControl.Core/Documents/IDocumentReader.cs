namespace M365PolicyControl.Core.Documents;

/// <summary>Reads a controlled document's content (a Word file, in the product) without changing it.</summary>
public interface IDocumentReader
{
    /// <summary>Reads headings, body text, the existing stamp and the body hash.</summary>
    /// <param name="document">A readable, seekable stream positioned anywhere; it is left open.</param>
    /// <param name="name">The file name, used only to name the input in errors.</param>
    /// <exception cref="InvalidDataException">The stream is not a readable document; the message names the file and the reason.</exception>
    DocumentContent Read(Stream document, string name);
}
