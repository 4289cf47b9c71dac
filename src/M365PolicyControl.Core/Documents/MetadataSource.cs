namespace M365PolicyControl.Core.Documents;

/// <summary>Where an imported document's control metadata came from.</summary>
public enum MetadataSource
{
    /// <summary>A manifest (csv or json) given to import.</summary>
    Manifest,

    /// <summary>The document's own stamp from an earlier approval.</summary>
    Stamp,

    /// <summary>Derived from the content: title from the first heading, citations found in the text.</summary>
    Derived,
}
