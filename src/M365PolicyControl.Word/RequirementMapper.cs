using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Word;

/// <summary>
/// Resolves a policy's requirement citations against the catalog and finds, for each, the sections of the
/// document that mention it.
/// </summary>
internal sealed class RequirementMapper(CitationParser parser)
{
    private const string WholeDocument = "Whole document";
    private const string OpeningText = "Opening text";
    private const int MaxSectionsListed = 5;
    private const int MaxHeadingLength = 60;

    /// <summary>Resolves every citation; refuses the metadata when any is unknown.</summary>
    /// <exception cref="WordDocumentException">With <see cref="WordDocumentError.InvalidMetadata"/>, naming each unknown citation and the nearest known ones.</exception>
    public IReadOnlyList<CitationResolution> Resolve(PolicyMetadata metadata)
    {
        var resolutions = metadata.Requirements.Select(parser.Resolve).ToList();
        var refused = resolutions.Where(r => r.IsRefused).ToList();
        if (refused.Count > 0)
        {
            var detail = string.Join("; ", refused.Select(r => r.Nearest.Count > 0
                ? $"'{r.Written}' (nearest: {string.Join(", ", r.Nearest)})"
                : $"'{r.Written}'"));
            throw new WordDocumentException(WordDocumentError.InvalidMetadata, $"unknown Security Rule citation: {detail}");
        }

        return resolutions;
    }

    /// <summary>Builds the mapping rows, one per distinct requirement (or unmapped citation), in the order cited.</summary>
    public IReadOnlyList<MappingRow> Rows(
        IReadOnlyList<CitationResolution> resolutions, IReadOnlyList<ScannedParagraph> paragraphs, PolicyMetadata metadata)
    {
        var keys = KeysOf(resolutions);
        var where = WhereAddressed(keys.Select(k => k.Key).ToList(), paragraphs);
        var procedures = metadata.ImplementingProcedures.Count > 0 ? string.Join(", ", metadata.ImplementingProcedures) : "—";
        return keys.Select(k => ToRow(k.Key, k.Requirement, where.GetValueOrDefault(k.Key), procedures)).ToList();
    }

    private static List<(string Key, Requirement? Requirement)> KeysOf(IEnumerable<CitationResolution> resolutions)
    {
        var keys = new List<(string, Requirement?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resolution in resolutions)
        {
            if (!resolution.IsMapped && seen.Add(resolution.Normalized))
            {
                keys.Add((resolution.Normalized, null));
            }

            foreach (var requirement in resolution.Requirements.Where(r => seen.Add(r.Citation)))
            {
                keys.Add((requirement.Citation, requirement));
            }
        }

        return keys;
    }

    private static MappingRow ToRow(string key, Requirement? requirement, List<string>? where, string procedures)
    {
        var whereText = where is { Count: > 0 }
            ? string.Join("; ", where.Take(MaxSectionsListed)) + (where.Count > MaxSectionsListed ? $"; +{where.Count - MaxSectionsListed} more" : string.Empty)
            : WholeDocument;
        return requirement is null
            ? new MappingRow(key, "outside the Security Rule", "—", "—", whereText, procedures)
            : new MappingRow(
                key,
                requirement.Name,
                requirement.Kind == RequirementKind.Standard ? "Standard" : "Implementation specification",
                requirement.ImplementationCode,
                whereText,
                procedures);
    }

    private Dictionary<string, List<string>> WhereAddressed(IReadOnlyList<string> keys, IReadOnlyList<ScannedParagraph> paragraphs)
    {
        var where = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (heading, text) in SectionsOf(paragraphs))
        {
            // Every citation contains "164."; most sections don't, and the parser is the costly part.
            if (!text.Contains("164", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var key in CitedIn(text, keys))
            {
                var list = where.TryGetValue(key, out var existing) ? existing : where[key] = [];
                if (!list.Contains(heading))
                {
                    list.Add(heading);
                }
            }
        }

        return where;
    }

    private HashSet<string> CitedIn(string text, IReadOnlyList<string> keys)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var found in parser.FindInText(text))
        {
            cited.UnionWith(found.Requirements.Select(r => r.Citation));
            cited.Add(found.Normalized);
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        cited.UnionWith(keys.Where(k => compact.Contains(k, StringComparison.Ordinal)));
        cited.IntersectWith(keys);
        return cited;
    }

    private static IEnumerable<(string Heading, string Text)> SectionsOf(IReadOnlyList<ScannedParagraph> paragraphs)
    {
        var heading = OpeningText;
        var text = new System.Text.StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.IsHeading)
            {
                if (text.Length > 0)
                {
                    yield return (heading, text.ToString());
                }

                heading = paragraph.Text.Length > MaxHeadingLength ? paragraph.Text[..MaxHeadingLength] + "…" : paragraph.Text;
                text.Clear();
            }

            text.Append(paragraph.Text).Append('\n');
        }

        if (text.Length > 0)
        {
            yield return (heading, text.ToString());
        }
    }
}
