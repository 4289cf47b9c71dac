namespace M365PolicyControl.LocalTenant.Http;

/// <summary>One <c>$expand</c> entry: the navigation name and its nested options (<c>fields($select=A,B)</c>).</summary>
internal sealed record ExpandEntry(string Name, string? Select, string? Expand);

/// <summary>Parses the OData options the local tenant honours: <c>$select</c> and nested <c>$expand</c>.</summary>
internal static class ODataOptions
{
    public static IReadOnlyList<ExpandEntry> ParseExpand(string? expand)
    {
        var entries = new List<ExpandEntry>();
        foreach (var part in SplitTopLevel(expand ?? string.Empty, ','))
        {
            var open = part.IndexOf('(');
            if (open < 0)
            {
                entries.Add(new ExpandEntry(part.Trim(), null, null));
                continue;
            }

            var inner = part[(open + 1)..part.LastIndexOf(')')];
            string? select = null;
            string? nested = null;
            foreach (var option in SplitTopLevel(inner, ';'))
            {
                var equals = option.IndexOf('=');
                var key = option[..equals].Trim().TrimStart('$');
                var value = option[(equals + 1)..].Trim();
                if (key.Equals("select", StringComparison.OrdinalIgnoreCase))
                {
                    select = value;
                }
                else if (key.Equals("expand", StringComparison.OrdinalIgnoreCase))
                {
                    nested = value;
                }
            }

            entries.Add(new ExpandEntry(part[..open].Trim(), select, nested));
        }

        return entries;
    }

    public static ExpandEntry? FindExpand(string? expand, string name) =>
        ParseExpand(expand).FirstOrDefault(entry => entry.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public static HashSet<string>? ParseSelect(string? select)
    {
        if (string.IsNullOrWhiteSpace(select))
        {
            return null;
        }

        return select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Splits on <paramref name="separator"/> outside parentheses and quotes.</summary>
    public static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            quoted = character == '\'' ? !quoted : quoted;
            depth += quoted ? 0 : character == '(' ? 1 : character == ')' ? -1 : 0;
            if (character == separator && depth == 0 && !quoted)
            {
                parts.Add(text[start..index]);
                start = index + 1;
            }
        }

        parts.Add(text[start..]);
        return parts.Where(part => part.Trim().Length > 0).ToList();
    }
}
