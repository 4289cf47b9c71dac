namespace M365PolicyControl.Core.Catalog.Parsing;

/// <summary>
/// Reads parenthesised paragraphs as written, before any level check: spaces inside and between
/// the parentheses, quoted letters <c>('c')</c>, inner ranges <c>(b-c)</c> and lists <c>(B, C)</c>.
/// </summary>
internal static class ParagraphReader
{
    /// <summary>Consecutive groups from <paramref name="position"/>, at most <paramref name="limit"/>.</summary>
    public static IReadOnlyList<ParagraphGroup> ReadAll(string text, int position, int limit)
    {
        var groups = new List<ParagraphGroup>();
        while (groups.Count < limit && ReadOne(text, position) is { } group)
        {
            groups.Add(group);
            position = group.End;
        }

        return groups;
    }

    private static ParagraphGroup? ReadOne(string text, int position)
    {
        var at = SkipSpaces(text, position);
        if (at >= text.Length || text[at] != '(')
        {
            return null;
        }

        at = SkipSpacesAndQuotes(text, at + 1);
        if (ReadToken(text, ref at) is not { } first)
        {
            return null;
        }

        var tokens = new List<string> { first };
        var isRange = false;
        at = SkipSpacesAndQuotes(text, at);
        if (at < text.Length && text[at] == '-')
        {
            at = SkipSpacesAndQuotes(text, at + 1);
            if (ReadToken(text, ref at) is not { } last)
            {
                return null;
            }

            tokens.Add(last);
            isRange = true;
        }
        else
        {
            while (ReadInnerSeparator(text, ref at) && ReadToken(text, ref at) is { } next)
            {
                tokens.Add(next);
                at = SkipSpacesAndQuotes(text, at);
            }
        }

        at = SkipSpacesAndQuotes(text, at);
        return at < text.Length && text[at] == ')' ? new ParagraphGroup(tokens, isRange, at + 1) : null;
    }

    private static bool ReadInnerSeparator(string text, ref int at)
    {
        var probe = SkipSpacesAndQuotes(text, at);
        if (probe < text.Length && text[probe] is ',' or '&')
        {
            probe++;
        }
        else if (StartsWithWord(text, probe, "and") || StartsWithWord(text, probe, "or"))
        {
            probe += text[probe] is 'a' or 'A' ? 3 : 2;
        }
        else
        {
            return false;
        }

        at = SkipSpacesAndQuotes(text, probe);
        return true;
    }

    private static string? ReadToken(string text, ref int at)
    {
        var start = at;
        while (at < text.Length && char.IsAsciiLetterOrDigit(text[at]) && at - start < 6)
        {
            at++;
        }

        return at > start ? text[start..at] : null;
    }

    private static bool StartsWithWord(string text, int at, string word) =>
        text.AsSpan(at).StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (at + word.Length >= text.Length || !char.IsLetter(text[at + word.Length]));

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private static int SkipSpacesAndQuotes(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\'' or '"')
        {
            at++;
        }

        return at;
    }
}
