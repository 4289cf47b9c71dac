using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>One segment of a SharePoint REST path: <c>GetByTitle('X')</c>, <c>lists(guid'…')</c>, <c>CheckIn(comment='c',checkintype=1)</c>.</summary>
internal sealed record RestSegment(string Name, IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Named)
{
    public bool Is(string name) => Name.Equals(name, StringComparison.OrdinalIgnoreCase);

    public string? Arg(string name, int position = 0) =>
        Named.TryGetValue(name, out var value) ? value : Positional.Count > position ? Positional[position] : null;
}

/// <summary>Parses the part of a REST URL after <c>/_api/</c>, resolving <c>@alias</c> parameters from the query.</summary>
internal static class RestPath
{
    public static List<RestSegment> Parse(string apiPath, QueryString query) =>
        ODataOptions.SplitTopLevel(apiPath, '/').Select(part => Segment(part.Trim(), query)).ToList();

    private static RestSegment Segment(string text, QueryString query)
    {
        var open = text.IndexOf('(');
        if (open < 0 || !text.EndsWith(')'))
        {
            return new RestSegment(text, [], new Dictionary<string, string>());
        }

        var positional = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var argument in ODataOptions.SplitTopLevel(text[(open + 1)..^1], ','))
        {
            var equals = FirstEqualsOutsideQuotes(argument);
            if (equals < 0)
            {
                positional.Add(Literal(argument, query));
            }
            else
            {
                named[argument[..equals].Trim()] = Literal(argument[(equals + 1)..], query);
            }
        }

        return new RestSegment(text[..open], positional, named);
    }

    private static int FirstEqualsOutsideQuotes(string argument)
    {
        var quoted = false;
        for (var index = 0; index < argument.Length; index++)
        {
            quoted = argument[index] == '\'' ? !quoted : quoted;
            if (argument[index] == '=' && !quoted)
            {
                return index;
            }
        }

        return -1;
    }

    // 'text' with '' for a quote, guid'…', bare numbers and booleans, and @alias taken from the query.
    private static string Literal(string raw, QueryString query)
    {
        var value = raw.Trim();
        if (value.StartsWith('@'))
        {
            value = query[value] ?? string.Empty;
        }

        if (value.StartsWith("guid'", StringComparison.OrdinalIgnoreCase))
        {
            value = value[4..];
        }

        return value.Length >= 2 && value.StartsWith('\'') && value.EndsWith('\'') ? value[1..^1].Replace("''", "'") : value;
    }
}
