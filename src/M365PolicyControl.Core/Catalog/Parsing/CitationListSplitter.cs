namespace M365PolicyControl.Core.Catalog.Parsing;

/// <summary>
/// Splits a written list of citations into items at top-level separators, except where the next
/// thing is a parenthesis: there the separator joins a sibling to the previous item ("(B) &amp; (C)").
/// </summary>
internal static class CitationListSplitter
{
    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var pieces = new List<(int Start, int End)>();
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => depth > 0 ? -1 : 0, _ => 0 };
            var length = depth == 0 ? SeparatorLength(text, i) : 0;
            if (length > 0 && !ContinuesWithParenthesis(text, i + length))
            {
                Add(pieces, text, start, i);
                start = i + length;
                i += length - 1;
            }
        }

        Add(pieces, text, start, text.Length);
        return pieces;
    }

    private static int SeparatorLength(string text, int i)
    {
        if (text[i] is ',' or ';' or '&' or '|' or '\n' or '\r')
        {
            return 1;
        }

        var atWordStart = i > 0 && text[i - 1] == ' ';
        foreach (var word in (string[])["and ", "or "])
        {
            if (atWordStart && text.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return word.Length;
            }
        }

        return 0;
    }

    private static bool ContinuesWithParenthesis(string text, int at)
    {
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] is ',' or '&' or '\''))
        {
            at++;
        }

        if (text.AsSpan(at).StartsWith("and ", StringComparison.OrdinalIgnoreCase))
        {
            return ContinuesWithParenthesis(text, at + 4);
        }

        return at < text.Length && text[at] == '(';
    }

    private static void Add(List<(int Start, int End)> pieces, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            pieces.Add((start, end));
        }
    }
}
