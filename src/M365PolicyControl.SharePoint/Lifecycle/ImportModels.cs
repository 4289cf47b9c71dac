using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Documents;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>One Word file to import, with its manifest entry when a manifest names it.</summary>
public sealed record ImportItem(string Path, PolicyMetadata? Manifest = null);

/// <summary>What import did with one file.</summary>
public enum ImportAction { Created, Updated, Unchanged }

/// <summary>The result of importing one file.</summary>
/// <param name="ProposedCitations">Citations found in the text and proposed as the mapping (derived metadata only).</param>
/// <param name="Warnings">Citations that could not be mapped and other things the importer should look at.</param>
public sealed record ImportOutcome(
    string FileName,
    string PolicyId,
    ImportAction Action,
    MetadataSource Source,
    string Version,
    IReadOnlyList<string> Requirements,
    IReadOnlyList<CitationResolution> ProposedCitations,
    IReadOnlyList<string> Warnings);
