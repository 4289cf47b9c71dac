using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>
/// SharePoint REST <c>$select</c> and <c>$expand</c>, including paths into expanded entities
/// (<c>$select=ListItemAllFields/OData__ModerationStatus&amp;$expand=ListItemAllFields</c>,
/// <c>$expand=Views,Views/ViewFields</c>).
/// </summary>
internal static class RestSelect
{
    public static HashSet<string> Expansions(string? expand) =>
        (expand ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Keeps the selected properties; <c>A/B</c> keeps <c>A</c> and, inside it, <c>B</c>.</summary>
    public static JsonObject Apply(JsonObject entity, string? select)
    {
        var paths = (select ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return paths.Length == 0 ? entity : Apply(entity, paths);
    }

    private static JsonObject Apply(JsonObject entity, IReadOnlyCollection<string> paths)
    {
        foreach (var key in entity.Select(pair => pair.Key).ToList())
        {
            var whole = paths.Any(path => path.Equals(key, StringComparison.OrdinalIgnoreCase) || path == "*");
            var inner = paths.Where(path => path.StartsWith(key + "/", StringComparison.OrdinalIgnoreCase)).Select(path => path[(key.Length + 1)..]).ToList();
            if (!whole && inner.Count == 0 && !key.StartsWith("odata.", StringComparison.Ordinal) && key != "__metadata")
            {
                entity.Remove(key);
            }
            else if (!whole && inner.Count > 0)
            {
                Narrow(entity[key], inner);
            }
        }

        return entity;
    }

    private static void Narrow(JsonNode? node, List<string> paths)
    {
        switch (node)
        {
            case JsonObject child:
                Apply(child, paths);
                break;
            case JsonArray array:
                foreach (var element in array.OfType<JsonObject>())
                {
                    Apply(element, paths);
                }

                break;
        }
    }
}
