namespace M365PolicyControl.Core.Catalog.Parsing;

/// <summary>How one concrete citation maps to the catalog.</summary>
internal sealed record ItemMatch(CitationMatch Match, IReadOnlyList<Requirement> Requirements, IReadOnlyList<string> Nearest);

/// <summary>
/// The catalog seen as a tree of paragraphs, answering for one concrete citation which entries it
/// names (see <see cref="CitationParser"/> for the rules) and which known citations are nearest to it.
/// </summary>
internal sealed class CatalogIndex
{
    private const int NearestCount = 3;

    private readonly IReadOnlyList<(CitationPath Path, Requirement Requirement)> _entries;
    private readonly HashSet<string> _sections;
    private readonly SecurityRuleCatalog _catalog;

    public CatalogIndex(SecurityRuleCatalog catalog)
    {
        _catalog = catalog;
        _entries = catalog.Requirements
            .Select(r => (CitationPath.FromCanonical(r.Citation)
                ?? throw new InvalidDataException($"Catalog '{catalog.Id}' holds '{r.Citation}', which is not a citation."), r))
            .ToArray();
        _sections = _entries.Select(e => e.Path.SectionText).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when the catalog has entries in that section (e.g. <c>164.308</c>).</summary>
    public bool CoversSection(string sectionText) => _sections.Contains(sectionText);

    public ItemMatch Match(CitationPath path)
    {
        if (!CoversSection(path.SectionText))
        {
            return new ItemMatch(CitationMatch.OutsideSecurityRule, [], []);
        }

        if (_catalog.Find(path.Text) is { } exact)
        {
            return new ItemMatch(CitationMatch.Exact, [exact], []);
        }

        return MatchBelow(path) ?? MatchAbove(path) ?? new ItemMatch(CitationMatch.Unknown, [], Nearest(path, path.Text));
    }

    /// <summary>The known citations closest to one that names nothing: same paragraph first, then fewest edits.</summary>
    public IReadOnlyList<string> Nearest(CitationPath? path, string written) =>
        _entries
            .Select((e, order) => (e.Path.Text, Shared: path?.SharedComponents(e.Path) ?? 0,
                Edits: EditDistance.Between(written, e.Path.Text), Step: OrdinalStep(path, e.Path), order))
            .OrderByDescending(c => c.Shared)
            .ThenBy(c => c.Edits)
            .ThenBy(c => c.Step)
            .ThenBy(c => c.order)
            .Take(NearestCount)
            .Select(c => c.Text)
            .ToArray();

    private ItemMatch? MatchBelow(CitationPath path)
    {
        var below = _entries.Where(e => path.Encloses(e.Path)).Select(e => e.Requirement).ToArray();
        if (below.Length == 0)
        {
            return null;
        }

        var standards = below.Where(r => r.Kind == RequirementKind.Standard).ToArray();
        if (standards is [var single] && below.All(r => r.StandardCitation == single.Citation))
        {
            return new ItemMatch(CitationMatch.Standard, standards, []);
        }

        return new ItemMatch(CitationMatch.Expanded, standards.Length > 0 ? standards : below, []);
    }

    private ItemMatch? MatchAbove(CitationPath path)
    {
        for (var depth = path.Depth - 1; depth > 0; depth--)
        {
            if (_catalog.Find(path.Truncate(depth).Text) is { } enclosing)
            {
                return new ItemMatch(CitationMatch.Enclosing, [enclosing], []);
            }
        }

        return null;
    }

    /// <summary>How far apart the two are at the first level where they differ ((a)(9) is one step from (a)(8)).</summary>
    private static int OrdinalStep(CitationPath? path, CitationPath known)
    {
        if (path is null || path.SectionText != known.SectionText)
        {
            return int.MaxValue;
        }

        var level = path.SharedComponents(known) - 1;
        return level < path.Depth && level < known.Depth
            ? Math.Abs(CitationLevels.Ordinal(path.Levels[level], level) - CitationLevels.Ordinal(known.Levels[level], level))
            : int.MaxValue;
    }
}
