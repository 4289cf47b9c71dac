using System.Globalization;

namespace M365PolicyControl.Core.Catalog.Parsing;

/// <summary>
/// The paragraph levels of the Code of Federal Regulations: (a) lower-case letter, (1) number,
/// (i) lower-case roman, (A) upper-case letter, (1) number, (i) roman. A token is accepted in
/// either case and written back in the case its level uses, so <c>&amp;lpar;c&amp;rpar;</c> at the
/// fourth level reads as (C).
/// </summary>
internal static class CitationLevels
{
    public const int MaxDepth = 6;

    private const int LargestRoman = 39;
    private const int LargestNumber = 99;
    private const int LongestRange = 40;

    private enum LevelKind { LowerLetter, Number, Roman, UpperLetter }

    private static readonly LevelKind[] Kinds =
        [LevelKind.LowerLetter, LevelKind.Number, LevelKind.Roman, LevelKind.UpperLetter, LevelKind.Number, LevelKind.Roman];

    private static readonly string[] Romans = Enumerable.Range(0, LargestRoman + 1).Select(ToRoman).ToArray();

    /// <summary>The token in its canonical form for the level at <paramref name="depth"/>; null when it does not fit there.</summary>
    public static string? Normalize(string token, int depth) =>
        depth >= MaxDepth ? null : Ordinal(token, depth) is > 0 and var n ? Render(n, depth) : null;

    /// <summary>The position of a token within its level (a = 1, iv = 4); 0 when it does not fit.</summary>
    public static int Ordinal(string token, int depth)
    {
        var lower = token.ToLowerInvariant();
        return Kinds[depth] switch
        {
            LevelKind.LowerLetter or LevelKind.UpperLetter => lower is [>= 'a' and <= 'z'] ? lower[0] - 'a' + 1 : 0,
            LevelKind.Number => int.TryParse(lower, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                && n is > 0 and <= LargestNumber ? n : 0,
            _ => Math.Max(0, Array.IndexOf(Romans, lower)),
        };
    }

    /// <summary>Every token from <paramref name="from"/> to <paramref name="to"/> inclusive; null unless a forward range.</summary>
    public static IReadOnlyList<string>? Range(string from, string to, int depth)
    {
        var first = Ordinal(from, depth);
        var last = Ordinal(to, depth);
        if (first == 0 || last <= first || last - first > LongestRange)
        {
            return null;
        }

        return Enumerable.Range(first, last - first + 1).Select(n => Render(n, depth)).ToArray();
    }

    private static string Render(int ordinal, int depth) => Kinds[depth] switch
    {
        LevelKind.LowerLetter => ((char)('a' + ordinal - 1)).ToString(),
        LevelKind.UpperLetter => ((char)('A' + ordinal - 1)).ToString(),
        LevelKind.Number => ordinal.ToString(CultureInfo.InvariantCulture),
        _ => Romans[ordinal],
    };

    private static string ToRoman(int n)
    {
        if (n == 0)
        {
            return "";
        }

        string[] ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
        return new string('x', n / 10) + ones[n % 10];
    }
}
