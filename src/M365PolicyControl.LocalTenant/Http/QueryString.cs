namespace M365PolicyControl.LocalTenant.Http;

/// <summary>
/// Decoded query parameters. OData system options are found with or without their <c>$</c>
/// (Graph accepts both <c>$expand</c> and <c>expand</c>).
/// </summary>
internal sealed class QueryString
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public static QueryString Parse(string rawQuery)
    {
        var query = new QueryString();
        foreach (var pair in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            query._values[key] = value;
        }

        return query;
    }

    /// <summary>The value of an OData option (<paramref name="name"/> without <c>$</c>) or a plain parameter.</summary>
    public string? Option(string name)
    {
        if (_values.TryGetValue("$" + name, out var value) || _values.TryGetValue(name, out value))
        {
            return value;
        }

        return null;
    }

    public string? this[string key] => _values.TryGetValue(key, out var value) ? value : null;

    public IEnumerable<KeyValuePair<string, string>> All => _values;

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
