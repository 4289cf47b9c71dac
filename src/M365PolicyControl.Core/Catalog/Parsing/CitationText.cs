using System.Net;
using System.Text;

namespace M365PolicyControl.Core.Catalog.Parsing;

/// <summary>
/// Text prepared for citation scanning: HTML entities decoded, dashes, spaces and quotes unified,
/// markdown escapes dropped; each character remembers where it came from so that a match can be
/// reported as the author wrote it.
/// </summary>
internal sealed class CitationText
{
    // HTML5 names that WebUtility.HtmlDecode (HTML 4) does not know; authors use &lpar;c&rpar; so
    // that "(c)" is not turned into a copyright sign.
    private static readonly Dictionary<string, char> Html5Entities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["&lpar;"] = '(', ["&rpar;"] = ')', ["&lsqb;"] = '[', ["&rsqb;"] = ']', ["&lbrack;"] = '[',
        ["&rbrack;"] = ']', ["&period;"] = '.', ["&comma;"] = ',', ["&semi;"] = ';', ["&colon;"] = ':',
        ["&sol;"] = '/', ["&hyphen;"] = '-', ["&dash;"] = '-', ["&apos;"] = '\'', ["&amp;"] = '&',
        ["&sect;"] = '§', ["&nbsp;"] = ' ', ["&ndash;"] = '-', ["&mdash;"] = '-', ["&minus;"] = '-',
    };

    private const int LongestEntity = 10;

    private readonly string _original;
    private readonly int[] _origin;

    private CitationText(string original, string value, int[] origin)
    {
        _original = original;
        Value = value;
        _origin = origin;
    }

    /// <summary>The prepared text that the grammar reads.</summary>
    public string Value { get; }

    public static CitationText Prepare(string original)
    {
        var text = new StringBuilder(original.Length);
        var origin = new List<int>(original.Length + 1);
        for (var i = 0; i < original.Length;)
        {
            var (decoded, consumed) = ReadOne(original, i);
            if (decoded is not null)
            {
                text.Append(decoded.Value);
                origin.Add(i);
            }

            i += consumed;
        }

        origin.Add(original.Length);
        return new CitationText(original, text.ToString(), [.. origin]);
    }

    /// <summary>The original text behind <c>Value[start..end]</c>.</summary>
    public string Original(int start, int end)
    {
        var from = _origin[start];
        var to = end >= Value.Length ? _original.Length : _origin[end];
        return _original[from..to].Trim();
    }

    private static (char? Decoded, int Consumed) ReadOne(string s, int i)
    {
        var c = s[i];
        if (c == '&' && TryEntity(s, i) is { } entity)
        {
            return (Unify(entity.Char), entity.Length);
        }

        if (c == '\\' && i + 1 < s.Length && char.IsPunctuation(s[i + 1]))
        {
            return (null, 1);
        }

        return (Unify(c), 1);
    }

    private static (char Char, int Length)? TryEntity(string s, int i)
    {
        var end = s.IndexOf(';', i + 1, Math.Min(LongestEntity, s.Length - i - 1));
        if (end < 0)
        {
            return null;
        }

        var entity = s[i..(end + 1)];
        if (Html5Entities.TryGetValue(entity, out var known))
        {
            return (known, entity.Length);
        }

        var decoded = WebUtility.HtmlDecode(entity);
        return decoded.Length == 1 && decoded != entity ? (decoded[0], entity.Length) : null;
    }

    private static char Unify(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
        '\u2018' or '\u2019' or '\u201A' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
        '\uFF08' => '(',
        '\uFF09' => ')',
        _ when char.IsWhiteSpace(c) && c is not ('\n' or '\r') => ' ',
        _ => c,
    };
}
