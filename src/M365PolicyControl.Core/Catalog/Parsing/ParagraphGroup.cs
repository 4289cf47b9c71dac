namespace M365PolicyControl.Core.Catalog.Parsing;

/// <summary>
/// One parenthesised paragraph as written: a single token <c>(a)</c>, an inner range <c>(b-c)</c>
/// or an inner list <c>(B, C)</c>. Tokens are raw until <see cref="AtDepth"/> checks them against a level.
/// </summary>
internal sealed record ParagraphGroup(IReadOnlyList<string> Tokens, bool IsRange, int End)
{
    /// <summary>The canonical alternatives of this group at a paragraph level; null when it does not fit there.</summary>
    public ValidGroup? AtDepth(int depth)
    {
        var normalized = Tokens.Select(t => CitationLevels.Normalize(t, depth)).ToArray();
        if (normalized.Any(t => t is null))
        {
            return null;
        }

        if (IsRange)
        {
            return CitationLevels.Range(normalized[0]!, normalized[1]!, depth) is { } range
                ? new ValidGroup(range, $"({normalized[0]}-{normalized[1]})")
                : null;
        }

        return new ValidGroup(normalized!, $"({string.Join(",", normalized)})");
    }

    /// <summary>Checks groups as the levels from <paramref name="firstDepth"/> on; null when any does not fit.</summary>
    public static IReadOnlyList<ValidGroup>? AtDepths(IEnumerable<ParagraphGroup> groups, int firstDepth)
    {
        var valid = new List<ValidGroup>();
        foreach (var group in groups)
        {
            if (group.AtDepth(firstDepth + valid.Count) is not { } v)
            {
                return null;
            }

            valid.Add(v);
        }

        return valid;
    }
}

/// <summary>A paragraph group checked against its level: the tokens it stands for and its canonical spelling.</summary>
internal sealed record ValidGroup(IReadOnlyList<string> Alternatives, string Canonical)
{
    /// <summary>Every path formed by replacing the last levels of <paramref name="anchor"/> with the groups' alternatives.</summary>
    public static IReadOnlyList<CitationPath> Expand(CitationPath anchor, int keep, IReadOnlyList<ValidGroup> groups)
    {
        IEnumerable<IReadOnlyList<string>> paths = [anchor.Levels.Take(keep).ToArray()];
        foreach (var group in groups)
        {
            paths = paths.SelectMany(p => group.Alternatives.Select(a => (IReadOnlyList<string>)[.. p, a]));
        }

        return paths.Select(anchor.WithLevels).ToArray();
    }
}
