namespace M365PolicyControl.Word;

/// <summary>Why a file could not be stamped, verified or read; callers map these to messages and exit codes.</summary>
public enum WordDocumentError
{
    /// <summary>The file has no bytes.</summary>
    Empty,

    /// <summary>Neither a zip package nor an OLE compound file.</summary>
    NotZip,

    /// <summary>A zip that fails to read: truncated, a broken central directory or a part failing its checksum.</summary>
    Corrupt,

    /// <summary>A readable zip whose main part is not WordprocessingML.</summary>
    NotWordDocument,

    /// <summary>An OLE compound file holding an encrypted package (password or rights management).</summary>
    Protected,

    /// <summary>An OLE compound file without encryption streams: a Word 97-2003 .doc.</summary>
    LegacyBinary,

    /// <summary>A template (.dotx/.dotm) where a document was expected.</summary>
    Template,

    /// <summary>A digitally signed package; stamping would break the signature.</summary>
    Signed,

    /// <summary>A part holds XML the safe parser refuses (e.g. a DTD) or that is not well-formed.</summary>
    UnsafeOrInvalidXml,

    /// <summary>The metadata cannot be stamped (e.g. a citation the catalog does not know).</summary>
    InvalidMetadata,
}

/// <summary>
/// A Word package that cannot be processed, with a <see cref="Reason"/> code and a one-line message that
/// does not name the file (the engine works on streams; the caller adds the file name).
/// </summary>
public sealed class WordDocumentException(WordDocumentError reason, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public WordDocumentError Reason { get; } = reason;
}
