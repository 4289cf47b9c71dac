namespace M365PolicyControl.Core.Catalog.Parsing;

/// <summary>One concrete citation: part, section and the paragraph tokens below it, each in canonical case.</summary>
internal sealed class CitationPath
{
    public CitationPath(string part, string section, IReadOnlyList<string> levels)
    {
        Part = part;
        Section = section;
        Levels = levels;
        Text = $"{part}.{section}" + string.Concat(levels.Select(l => $"({l})"));
    }

    public string Part { get; }

    public string Section { get; }

    /// <summary>The section as <c>164.308</c>.</summary>
    public string SectionText => $"{Part}.{Section}";

    public IReadOnlyList<string> Levels { get; }

    /// <summary>The canonical citation, e.g. <c>164.308(a)(1)(ii)(A)</c>.</summary>
    public string Text { get; }

    public int Depth => Levels.Count;

    public CitationPath WithLevels(IReadOnlyList<string> levels) => new(Part, Section, levels);

    public CitationPath Truncate(int depth) => WithLevels(Levels.Take(depth).ToArray());

    /// <summary>True when <paramref name="other"/> lies strictly below this paragraph.</summary>
    public bool Encloses(CitationPath other) =>
        other.SectionText == SectionText && other.Depth > Depth && Levels.SequenceEqual(other.Levels.Take(Depth));

    /// <summary>How many leading components (the section counting as one) the two share.</summary>
    public int SharedComponents(CitationPath other)
    {
        if (other.SectionText != SectionText)
        {
            return 0;
        }

        var shared = 1;
        while (shared - 1 < Math.Min(Depth, other.Depth) && Levels[shared - 1] == other.Levels[shared - 1])
        {
            shared++;
        }

        return shared;
    }

    public override string ToString() => Text;

    /// <summary>Reads a canonical citation as the catalog stores it; null when it is not one.</summary>
    public static CitationPath? FromCanonical(string canonical)
    {
        var open = canonical.IndexOf('(');
        var head = open < 0 ? canonical : canonical[..open];
        var dot = head.IndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var levels = open < 0
            ? []
            : canonical[(open + 1)..^1].Split(")(");
        return new CitationPath(head[..dot], head[(dot + 1)..], levels);
    }
}
