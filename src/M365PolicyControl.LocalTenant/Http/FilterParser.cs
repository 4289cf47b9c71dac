using System.Text.RegularExpressions;

namespace M365PolicyControl.LocalTenant.Http;

/// <summary>One comparison of a <c>$filter</c>: <c>fields/PolicyArea eq 'HR'</c>.</summary>
internal sealed record FilterClause(string Property, string Operator, string Value, bool IsString);

/// <summary>
/// The <c>$filter</c> subset the product sends: comparisons (<c>eq</c>, <c>ne</c>) joined by <c>and</c>.
/// Anything else is refused with 400 rather than silently ignored.
/// </summary>
internal static partial class FilterParser
{
    public static IReadOnlyList<FilterClause> Parse(string filter)
    {
        var clauses = new List<FilterClause>();
        foreach (var part in AndSeparator().Split(filter.Trim()))
        {
            var match = Comparison().Match(part.Trim());
            if (!match.Success)
            {
                throw GraphException.BadRequest($"Invalid filter clause: '{part.Trim()}'. The local tenant supports 'property eq value' joined by 'and'.");
            }

            var quoted = match.Groups["quoted"].Success;
            var value = quoted ? match.Groups["quoted"].Value.Replace("''", "'") : match.Groups["bare"].Value;
            clauses.Add(new FilterClause(match.Groups["property"].Value, match.Groups["op"].Value.ToLowerInvariant(), value, quoted));
        }

        return clauses;
    }

    [GeneratedRegex(@"\s+and\s+(?=(?:[^']*'[^']*')*[^']*$)", RegexOptions.IgnoreCase)]
    private static partial Regex AndSeparator();

    [GeneratedRegex(@"^\(?\s*(?<property>[\w/]+)\s+(?<op>eq|ne)\s+(?:'(?<quoted>(?:[^']|'')*)'|(?<bare>[^\s\)]+))\s*\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();
}
