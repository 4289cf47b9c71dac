using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Documents;

/// <summary>The metadata chosen for an imported document and how it was obtained.</summary>
/// <param name="Metadata">The control metadata to write to the library.</param>
/// <param name="Source">Manifest, stamp or derived.</param>
/// <param name="ProposedCitations">For derived metadata: the citations found in the text that became the mapping.</param>
public sealed record ImportMetadata(
    PolicyMetadata Metadata,
    MetadataSource Source,
    IReadOnlyList<CitationResolution> ProposedCitations);

/// <summary>
/// Chooses an imported document's metadata: the manifest entry when there is one, else the document's
/// own stamp, else metadata derived from its content (journey 1 of USER-JOURNEYS.md).
/// </summary>
public sealed class MetadataDerivation(CitationParser parser)
{
    /// <summary>Picks or derives the metadata of one file.</summary>
    /// <param name="fileName">The file's name; used for the title fallback, the kind and a generated id.</param>
    /// <param name="content">What the document reader found.</param>
    /// <param name="fromManifest">The manifest entry for the file, when a manifest was given and names it.</param>
    /// <param name="defaultOwner">The owner to record when neither manifest nor stamp names one.</param>
    /// <param name="existingPolicyId">The id the library already holds for this file, kept on re-import.</param>
    public ImportMetadata Choose(
        string fileName, DocumentContent content, PolicyMetadata? fromManifest, string defaultOwner, string? existingPolicyId)
    {
        if (fromManifest is not null)
        {
            return new ImportMetadata(fromManifest, MetadataSource.Manifest, []);
        }

        if (content.Stamp is { } stamp)
        {
            return new ImportMetadata(stamp with { Status = PolicyStatus.Draft }, MetadataSource.Stamp, []);
        }

        return Derive(fileName, content, defaultOwner, existingPolicyId);
    }

    private ImportMetadata Derive(string fileName, DocumentContent content, string defaultOwner, string? existingPolicyId)
    {
        var title = content.Title ?? Path.GetFileNameWithoutExtension(fileName);
        var kind = InferKind(title, fileName);
        var found = parser.FindInText(content.Text).Where(r => r.IsMapped).ToArray();
        var citations = found
            .SelectMany(r => r.Requirements)
            .Select(r => r.Citation)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var metadata = new PolicyMetadata
        {
            PolicyId = existingPolicyId ?? PolicyIdGenerator.Generate(kind, fileName),
            Title = title,
            Kind = kind,
            Owner = defaultOwner,
            Requirements = citations,
        };
        return new ImportMetadata(metadata, MetadataSource.Derived, found);
    }

    /// <summary>Guesses the kind from the title, then the file name: "procedure", "standard", "plan", else policy.</summary>
    public static DocumentKind InferKind(string title, string fileName)
    {
        foreach (var text in new[] { title, Path.GetFileNameWithoutExtension(fileName) })
        {
            if (text.Contains("procedure", StringComparison.OrdinalIgnoreCase))
            {
                return DocumentKind.Procedure;
            }

            if (text.Contains("standard", StringComparison.OrdinalIgnoreCase))
            {
                return DocumentKind.Standard;
            }

            if (text.Contains(" plan", StringComparison.OrdinalIgnoreCase))
            {
                return DocumentKind.Plan;
            }
        }

        return DocumentKind.Policy;
    }
}
