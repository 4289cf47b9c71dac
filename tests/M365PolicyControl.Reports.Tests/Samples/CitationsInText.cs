using System.Text.RegularExpressions;
using M365PolicyControl.Core.Catalog;

namespace M365PolicyControl.Reports.Tests.Samples;

/// <summary>
/// A deliberately small reader of the citation forms the samples use (§, 45 CFR, 45 C.F.R. §, Section; ranges
/// such as (i)-(iii); lists such as (A), (B) and (D)), so the tests can check that the text states what the
/// manifest maps. The product's parser is CitationParser; this one only has to read our own samples.
/// </summary>
internal static partial class CitationsInText
{
    private static readonly string[] Roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"];

    [GeneratedRegex(@"(164\.3\d\d)((?:\([A-Za-z0-9]+\))+)((?:\s*(?:-|,\s*and|,|and)\s*\([A-Za-z0-9]+\))*)", RegexOptions.IgnoreCase)]
    private static partial Regex Citation();

    [GeneratedRegex(@"\s*(-|,\s*and|,|and)\s*\(([A-Za-z0-9]+)\)")]
    private static partial Regex Continuation();

    public static IReadOnlySet<string> Find(string text)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match match in Citation().Matches(text))
        {
            var section = match.Groups[1].Value;
            var paragraphs = Regex.Matches(match.Groups[2].Value, @"\(([A-Za-z0-9]+)\)").Select(m => m.Groups[1].Value).ToList();
            var parent = paragraphs[..^1];
            var last = paragraphs[^1];
            found.Add(Normalise(section, [.. parent, last]));
            foreach (Match next in Continuation().Matches(match.Groups[3].Value))
            {
                var to = next.Groups[2].Value;
                var siblings = next.Groups[1].Value == "-" ? Between(last, to) : [to];
                foreach (var sibling in siblings)
                {
                    found.Add(Normalise(section, [.. parent, sibling]));
                }

                last = to;
            }
        }

        return found;
    }

    private static IEnumerable<string> Between(string from, string to)
    {
        if (Array.IndexOf(Roman, from) is var a and >= 0 && Array.IndexOf(Roman, to) is var b and >= 0)
        {
            return Roman[a..(b + 1)];
        }

        return Enumerable.Range(from[0], to[0] - from[0] + 1).Select(c => ((char)c).ToString());
    }

    // A standard cited without its (i) means the standard, as the catalog parser's Standard match does.
    private static string Normalise(string section, IEnumerable<string> paragraphs)
    {
        var citation = section + string.Concat(paragraphs.Select(p => $"({p})"));
        return SecurityRuleCatalog.Default.Find(citation) is null && SecurityRuleCatalog.Default.Find(citation + "(i)") is not null
            ? citation + "(i)"
            : citation;
    }
}
