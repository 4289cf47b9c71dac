using System.Text.RegularExpressions;

namespace M365PolicyControl.Core.Catalog.Parsing;

/// <summary>A citation expression found in prepared text: where it is, how it reads canonically, and what it names.</summary>
/// <param name="Start">Index of its first character in the prepared text.</param>
/// <param name="End">Index just after its last character.</param>
/// <param name="Canonical">The normalised spelling of the whole expression, e.g. <c>164.310(b-c)</c>.</param>
/// <param name="Items">Every concrete citation it names, ranges and lists expanded, in written order.</param>
internal sealed record ParsedCitation(int Start, int End, string Canonical, IReadOnlyList<CitationPath> Items);

/// <summary>
/// Reads citation expressions: an optional "45 CFR" / "C.F.R." and section sign, a section number,
/// paragraphs in parentheses, then ranges (<c>-(c)</c>, <c>through (iv)</c>, <c>-164.316</c>) and
/// lists (<c>&amp; (C)</c>, <c>, (C) and (D)</c>) that continue it.
/// </summary>
internal static partial class CitationGrammar
{
    private const string Prefix = @"(?:(?:45\s?)?C\.?\s?F\.?\s?R\.?\s*)?(?:(?:§{1,2}|Secs?\.|Sections?)\s*)?";

    /// <summary>A section of any part, anchored where the reader stands (for a citation given on its own).</summary>
    [GeneratedRegex(@"\G\s*" + Prefix + @"(?<part>\d{3})\s?\.\s?(?<sec>\d{3,4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnySectionHere();

    /// <summary>A section of the HIPAA parts 160, 162 and 164 anywhere in free text.</summary>
    [GeneratedRegex(@"(?<![\w.])" + Prefix + @"(?<part>16[024])\.(?<sec>\d{3})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HipaaSectionInText();

    [GeneratedRegex(@"\G\s*(?:-|(?:through|thru|to)\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeWordHere();

    [GeneratedRegex(@"\G\s*(?:,\s*(?:(?:and|or)\b|&)?|;|&|/|(?:and|or)\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListWordHere();

    [GeneratedRegex(@"\G(?:(?<part>\d{3})\s?\.\s?)?(?<sec>\d{3,4})(?![\d(]|\.\d|\s*\()", RegexOptions.CultureInvariant)]
    private static partial Regex SectionRangeEndHere();

    /// <summary>Parses the expression that starts at <paramref name="position"/>; null when no section number stands there.</summary>
    public static ParsedCitation? ParseHere(string text, int position) =>
        AnySectionHere().Match(text, position) is { Success: true } m ? ParseFrom(text, m) : null;

    /// <summary>Every expression in free text that cites a HIPAA section, in order.</summary>
    public static IEnumerable<ParsedCitation> FindAll(string text)
    {
        var position = 0;
        while (HipaaSectionInText().Match(text, position) is { Success: true } m)
        {
            var parsed = ParseFrom(text, m);
            yield return parsed;
            position = Math.Max(parsed.End, End(m));
        }
    }

    private static int End(Match m) => m.Index + m.Length;

    private static ParsedCitation ParseFrom(string text, Match section)
    {
        var start = section.Index + (section.Length - section.Value.TrimStart().Length);
        var bare = new CitationPath(section.Groups["part"].Value, section.Groups["sec"].Value, []);
        var groups = ReadGroups(text, End(section));
        var valid = LongestValidPrefix(groups);
        var items = new List<CitationPath>(ValidGroup.Expand(bare, 0, valid));
        var canonical = bare.SectionText + string.Concat(valid.Select(g => g.Canonical));
        var position = valid.Count == 0 ? End(section) : groups[valid.Count - 1].End;

        while (TryRange(text, position, items[^1], out var next) || TryList(text, position, items[^1], out next))
        {
            items.AddRange(next.Items);
            canonical += next.Canonical;
            position = next.End;
        }

        return new ParsedCitation(start, position, canonical, items);
    }

    private static IReadOnlyList<ValidGroup> LongestValidPrefix(IReadOnlyList<ParagraphGroup> groups)
    {
        for (var count = groups.Count; count > 0; count--)
        {
            if (ParagraphGroup.AtDepths(groups.Take(count), 0) is { } valid)
            {
                return valid;
            }
        }

        return [];
    }

    private static bool TryRange(string text, int position, CitationPath anchor, out ParsedCitation next)
    {
        next = null!;
        var word = RangeWordHere().Match(text, position);
        if (!word.Success)
        {
            return false;
        }

        var at = End(word);
        if (anchor.Depth == 0)
        {
            return TrySectionRange(text, at, anchor, out next);
        }

        var end = text.AsSpan(at).StartsWith("(") ? ReplaceTail(text, at, anchor) : FullCitationHere(text, at, anchor);
        if (end is null || RangeBetween(anchor, end.Value.Path) is not { } range)
        {
            return false;
        }

        next = new ParsedCitation(position, end.Value.End, "-" + end.Value.Canonical, range);
        return true;
    }

    private static bool TryList(string text, int position, CitationPath anchor, out ParsedCitation next)
    {
        next = null!;
        var word = ListWordHere().Match(text, position);
        if (!word.Success || !text.AsSpan(End(word)).StartsWith("(")
            || ReplaceTailAll(text, End(word), anchor) is not { } sibling)
        {
            return false;
        }

        next = new ParsedCitation(position, sibling.End, ", " + sibling.Canonical, sibling.Paths);
        return true;
    }

    private static bool TrySectionRange(string text, int at, CitationPath anchor, out ParsedCitation next)
    {
        next = null!;
        var cut = at;
        while (cut < text.Length && text[cut] is '§' or ' ')
        {
            cut++;
        }

        var m = SectionRangeEndHere().Match(text, cut);
        if (!m.Success || (m.Groups["part"].Success && m.Groups["part"].Value != anchor.Part)
            || !int.TryParse(anchor.Section, out var first) || !int.TryParse(m.Groups["sec"].Value, out var last)
            || last <= first || last - first > 100)
        {
            return false;
        }

        var sections = Enumerable.Range(first + 1, last - first)
            .Select(n => new CitationPath(anchor.Part, n.ToString("000", System.Globalization.CultureInfo.InvariantCulture), []))
            .ToArray();
        next = new ParsedCitation(at, End(m), "-" + sections[^1].SectionText, sections);
        return true;
    }

    private static (CitationPath Path, int End, string Canonical)? FullCitationHere(string text, int at, CitationPath anchor)
    {
        var m = AnySectionHere().Match(text, at);
        if (!m.Success || m.Groups["part"].Value != anchor.Part || m.Groups["sec"].Value != anchor.Section)
        {
            return null;
        }

        var groups = ReadGroups(text, End(m));
        var valid = LongestValidPrefix(groups);
        if (valid.Count == 0 || valid.Any(g => g.Alternatives.Count != 1))
        {
            return null;
        }

        var path = anchor.WithLevels(valid.Select(g => g.Alternatives[0]).ToArray());
        return (path, groups[valid.Count - 1].End, path.Text);
    }

    private static (CitationPath Path, int End, string Canonical)? ReplaceTail(string text, int at, CitationPath anchor) =>
        ReplaceTailAll(text, at, anchor) is { Paths: [var single] } tail ? (single, tail.End, tail.Canonical) : null;

    /// <summary>Reads groups that replace the last levels of <paramref name="anchor"/>: "(C)" after "(a)(5)(ii)(B)".</summary>
    private static (IReadOnlyList<CitationPath> Paths, int End, string Canonical)? ReplaceTailAll(string text, int at, CitationPath anchor)
    {
        var groups = ReadGroups(text, at);
        for (var count = Math.Min(groups.Count, anchor.Depth); count > 0; count--)
        {
            var keep = anchor.Depth - count;
            if (ParagraphGroup.AtDepths(groups.Take(count), keep) is { } valid)
            {
                return (ValidGroup.Expand(anchor, keep, valid), groups[count - 1].End, string.Concat(valid.Select(g => g.Canonical)));
            }
        }

        return null;
    }

    private static IReadOnlyList<CitationPath>? RangeBetween(CitationPath from, CitationPath to)
    {
        if (from.Depth != to.Depth)
        {
            return null;
        }

        var differing = Enumerable.Range(0, from.Depth).Where(i => from.Levels[i] != to.Levels[i]).ToArray();
        if (differing is not [var level] || CitationLevels.Range(from.Levels[level], to.Levels[level], level) is not { } tokens)
        {
            return null;
        }

        return tokens.Skip(1)
            .Select(t => from.WithLevels(from.Levels.Select((l, i) => i == level ? t : l).ToArray()))
            .ToArray();
    }

    private static IReadOnlyList<ParagraphGroup> ReadGroups(string text, int position) =>
        ParagraphReader.ReadAll(text, position, CitationLevels.MaxDepth);
}
