using System.Text.RegularExpressions;
using M365PolicyControl.Core.Catalog.Parsing;

namespace M365PolicyControl.Core.Catalog;

/// <summary>
/// Turns citations as people write them into catalog entries, reporting how each was mapped.
/// </summary>
/// <remarks>
/// <para>Accepted spellings: <c>164.308(a)(1)(ii)(A)</c>, <c>§164.308(a)(1)</c>, <c>§ 164.308</c>,
/// <c>45 CFR 164.308(a)(1)</c>, <c>45 C.F.R. § 164.312(b)</c>, spaces inside and between parentheses,
/// quoted letters <c>('c')</c>, markdown escapes, HTML entities (<c>&amp;lpar;c&amp;rpar;</c>,
/// <c>&amp;sect;</c>, <c>&amp;#167;</c>, <c>&amp;#x28;</c>), en and em dashes, and letters in either case
/// (each paragraph level is written back in its own case: (a)(1)(i)(A)(1)(i)).</para>
/// <para>Mapping, per concrete citation: <see cref="CitationMatch.Exact"/> when it is an entry;
/// <see cref="CitationMatch.Standard"/> when it encloses exactly one standard and only that standard's
/// specifications (<c>164.308(a)(6)</c> and <c>164.310(a)</c> name <c>164.308(a)(6)(i)</c> and <c>164.310(a)(1)</c>);
/// <see cref="CitationMatch.Expanded"/> when it encloses several standards, which it maps to (a bare section
/// <c>164.308</c> maps to all of that section's standards, not to every specification), or only
/// specifications, which it maps to (<c>164.308(a)(1)(ii)</c>);
/// <see cref="CitationMatch.Enclosing"/> when it lies below an entry (<c>164.316(b)(1)(i)</c> maps to
/// <c>164.316(b)(1)</c>); <see cref="CitationMatch.OutsideSecurityRule"/> when its section has no catalog
/// entries (<c>164.530(i)</c>, <c>160.103</c>); otherwise <see cref="CitationMatch.Unknown"/>, with the nearest
/// known citations. Ranges and lists (<c>164.310(b-c)</c>, <c>164.312(a)(2)(i)–(iv)</c>,
/// <c>164.308(a)(5)(ii)(B), (C) and (D)</c>, <c>164.308–164.316</c>) are <see cref="CitationMatch.Expanded"/>
/// to the union of their members; one unknown member makes the whole citation unknown.</para>
/// </remarks>
public sealed partial class CitationParser
{
    private static readonly Lazy<CitationParser> DefaultParser = new(() => new CitationParser(SecurityRuleCatalog.Default));

    private readonly CatalogIndex _index;

    public CitationParser(SecurityRuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _index = new CatalogIndex(catalog);
    }

    public SecurityRuleCatalog Catalog { get; }

    /// <summary>A parser over <see cref="SecurityRuleCatalog.Default"/>.</summary>
    public static CitationParser Default => DefaultParser.Value;

    /// <summary>
    /// Resolves one citation as written. A short title after it (<c>164.312(b) - Audit controls</c>) is
    /// ignored; anything else after it makes the citation unknown.
    /// </summary>
    public CitationResolution Resolve(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        return ResolvePrepared(written, CitationText.Prepare(written).Value);
    }

    /// <summary>
    /// Resolves a list such as <c>164.308(a)(1)(ii)(A), 164.312(b); 164.310(c) and 164.316(a)</c>: items
    /// are separated by commas, semicolons, "&amp;", "and", "or", bars or line breaks. A separator followed
    /// by a parenthesis continues the previous item (<c>164.308(a)(5)(ii)(B) &amp; (C)</c>).
    /// </summary>
    public IReadOnlyList<CitationResolution> ResolveAll(string listText)
    {
        ArgumentNullException.ThrowIfNull(listText);
        var text = CitationText.Prepare(listText);
        return CitationListSplitter.Split(text.Value)
            .Select(piece => ResolvePrepared(text.Original(piece.Start, piece.End), text.Value[piece.Start..piece.End]))
            .ToArray();
    }

    /// <summary>
    /// Finds every citation of HIPAA parts 160, 162 and 164 in free text (a policy body, markdown included)
    /// and resolves each; one result per normalised citation, in order of first appearance.
    /// </summary>
    public IReadOnlyList<CitationResolution> FindInText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prepared = CitationText.Prepare(text);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return CitationGrammar.FindAll(prepared.Value)
            .Select(p => Combine(prepared.Original(p.Start, p.End), p))
            .Where(r => seen.Add(r.Normalized))
            .ToArray();
    }

    private CitationResolution ResolvePrepared(string written, string prepared)
    {
        var trimmed = prepared.Trim();
        if (CitationGrammar.ParseHere(prepared, 0) is not { } parsed)
        {
            return new CitationResolution(written, trimmed, CitationMatch.Unknown, [], _index.Nearest(null, trimmed));
        }

        if (IsTitleOrNothing(prepared[parsed.End..]))
        {
            return Combine(written, parsed);
        }

        var section = parsed.Items[0].Truncate(0);
        return _index.CoversSection(section.SectionText)
            ? new CitationResolution(written, trimmed, CitationMatch.Unknown, [], _index.Nearest(section, trimmed))
            : new CitationResolution(written, trimmed, CitationMatch.OutsideSecurityRule, [], []);
    }

    private CitationResolution Combine(string written, ParsedCitation parsed)
    {
        var matches = parsed.Items.Select(_index.Match).ToArray();
        if (matches is [var single])
        {
            return new CitationResolution(written, parsed.Items[0].Text, single.Match, single.Requirements, single.Nearest);
        }

        if (matches.Any(m => m.Match == CitationMatch.Unknown))
        {
            var nearest = matches.SelectMany(m => m.Nearest).Distinct().ToArray();
            return new CitationResolution(written, parsed.Canonical, CitationMatch.Unknown, [], nearest);
        }

        var requirements = matches.SelectMany(m => m.Requirements).Distinct().ToArray();
        var match = requirements.Length > 0 ? CitationMatch.Expanded : CitationMatch.OutsideSecurityRule;
        return new CitationResolution(written, parsed.Canonical, match, requirements, []);
    }

    private static bool IsTitleOrNothing(string rest) =>
        rest.TrimEnd().TrimEnd('.', ',', ';', ':').Trim().Length == 0 || TitleAfterCitation().IsMatch(rest);

    [GeneratedRegex(@"^(?:\s+|\s*[-:]\s*)\p{L}")]
    private static partial Regex TitleAfterCitation();
}
