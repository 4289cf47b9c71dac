using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Lifecycle;

/// <summary>
/// What <c>submit</c> checks before a draft goes for approval; every problem is listed at once so the author
/// can fix them in one pass.
/// </summary>
public static class SubmissionCheck
{
    /// <summary>
    /// The metadata is valid (<see cref="PolicyMetadataValidator"/>); at least one requirement maps to the catalog;
    /// and a procedure has headings for its trigger, roles, steps and evidence (<see cref="ProcedureSections"/>).
    /// </summary>
    /// <param name="metadata">The draft's metadata.</param>
    /// <param name="headings">The document's headings as text, in order.</param>
    /// <param name="parser">The citation parser; the default catalog's when null.</param>
    public static IReadOnlyList<MetadataProblem> Check(PolicyMetadata metadata, IReadOnlyList<string> headings, CitationParser? parser = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(headings);
        parser ??= CitationParser.Default;
        return
        [
            .. PolicyMetadataValidator.Validate(metadata, parser),
            .. MappedRequirement(metadata, parser),
            .. metadata.Kind == DocumentKind.Procedure ? MissingSections(headings) : [],
        ];
    }

    private static IEnumerable<MetadataProblem> MappedRequirement(PolicyMetadata metadata, CitationParser parser)
    {
        var resolutions = metadata.Requirements.Select(parser.Resolve).ToArray();
        if (resolutions.Any(r => r.IsMapped) || resolutions.Any(r => r.IsRefused))
        {
            yield break;
        }

        yield return new MetadataProblem("requirements", resolutions.Length == 0
            ? "map at least one Security Rule requirement before submitting"
            : "none of the citations is a Security Rule requirement; map at least one (see policyctl catalog)");
    }

    private static IEnumerable<MetadataProblem> MissingSections(IReadOnlyList<string> headings) =>
        ProcedureSections.Missing(headings).Select(s => new MetadataProblem(
            "sections",
            $"a procedure needs a '{s.Name}' section; no heading such as {string.Join(", ", s.Beginnings.Take(3).Select(b => $"'{Capitalise(b)}'"))}"));

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
