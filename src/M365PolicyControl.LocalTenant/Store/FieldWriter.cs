using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>
/// Applies a Graph <c>fields</c> write (POST item, PATCH fields) with SharePoint's rules:
/// person and lookup columns are written as <c>{Name}LookupId</c>, multi-value writes need the
/// <c>@odata.type</c> Collection annotation (reference §4.6 and gotcha 4), read-only fields refuse.
/// </summary>
internal static class FieldWriter
{
    private static readonly HashSet<string> Writable = new(StringComparer.OrdinalIgnoreCase) { "Title", "FileLeafRef" };

    public static void Apply(ListRecord list, ItemRecord item, JsonObject values, TenantModel model)
    {
        foreach (var (key, value) in values)
        {
            if (key.StartsWith('@') || key.Contains("@odata.", StringComparison.Ordinal) || key.Equals("id", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (column, storedName) = Resolve(list, key);
            var isMulti = IsMultiValue(column);
            if (value is JsonArray && !isMulti)
            {
                throw GraphException.BadRequest($"Field '{key}' does not accept multiple values.");
            }

            if (isMulti && value is JsonArray && values[key + "@odata.type"] is null)
            {
                throw GraphException.BadRequest($"A type named 'Collection' is required for the multi-value field '{key}'; send '{key}@odata.type'.");
            }

            var normalized = Normalize(column, key, value, model);
            if (normalized is null)
            {
                item.Fields.Remove(storedName);
            }
            else
            {
                item.Fields[storedName] = normalized;
            }
        }
    }

    private static (JsonObject Column, string StoredName) Resolve(ListRecord list, string key)
    {
        var column = list.FindColumn(key);
        if (column is null && key.EndsWith("LookupId", StringComparison.OrdinalIgnoreCase))
        {
            column = list.FindColumn(key[..^"LookupId".Length]);
            if (column is not null && ColumnRules.FacetOf(column) is "personOrGroup" or "lookup")
            {
                return (column, (string)column["name"]! + "LookupId");
            }
        }

        if (column is null)
        {
            throw GraphException.BadRequest($"Field '{key}' is not recognized");
        }

        var name = (string)column["name"]!;
        if (column["readOnly"]?.GetValue<bool>() == true && !Writable.Contains(name))
        {
            throw GraphException.BadRequest($"Field '{key}' is read-only");
        }

        if (ColumnRules.FacetOf(column) is "personOrGroup" or "lookup")
        {
            throw GraphException.BadRequest($"Field '{key}' is a lookup; write it as '{name}LookupId'.");
        }

        return (column, name);
    }

    private static bool IsMultiValue(JsonObject column) => ColumnRules.SharePointType(column) is "MultiChoice" or "UserMulti" or "LookupMulti";

    private static JsonNode? Normalize(JsonObject column, string key, JsonNode? value, TenantModel model)
    {
        if (value is null)
        {
            return null;
        }

        return ColumnRules.FacetOf(column) switch
        {
            "number" or "currency" => JsonValue.Create(Number(key, value)),
            "boolean" => JsonValue.Create(Boolean(key, value)),
            "dateTime" => JsonValue.Create(DateValue(key, value)),
            "choice" => Choices(column, key, value),
            "personOrGroup" => LookupIds(key, value, id => SeedUserExists(id, key)),
            "lookup" => LookupIds(key, value, id => LookupTargetExists(column, id, key, model)),
            _ => JsonValue.Create(value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()),
        };
    }

    private static double Number(string key, JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.Number => value.GetValue<double>(),
        JsonValueKind.String when double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw GraphException.BadRequest($"Field '{key}' expects a number."),
    };

    private static bool Boolean(string key, JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(value.GetValue<string>(), out var parsed) => parsed,
        _ => throw GraphException.BadRequest($"Field '{key}' expects true or false."),
    };

    private static string DateValue(string key, JsonNode value)
    {
        if (value.GetValueKind() == JsonValueKind.String &&
            DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return Shapes.Projection.Timestamp(parsed);
        }

        throw GraphException.BadRequest($"Field '{key}' expects an ISO 8601 date.");
    }

    private static JsonNode Choices(JsonObject column, string key, JsonNode value)
    {
        var allowed = column["choice"]?["choices"]?.AsArray().Select(choice => (string?)choice).ToHashSet() ?? [];
        var textEntry = column["choice"]?["allowTextEntry"]?.GetValue<bool>() == true;
        var chosen = value is JsonArray array ? array.Select(entry => (string?)entry ?? string.Empty).ToList() : [value.GetValue<string>()];
        var unknown = chosen.FirstOrDefault(choice => !textEntry && !allowed.Contains(choice) && choice.Length > 0);
        if (unknown is not null)
        {
            throw GraphException.BadRequest($"The value '{unknown}' is not one of the choices of field '{key}'.");
        }

        return value is JsonArray ? new JsonArray(chosen.Select(choice => (JsonNode?)choice).ToArray()) : JsonValue.Create(chosen[0]);
    }

    private static JsonNode LookupIds(string key, JsonNode value, Action<int> check)
    {
        int Parse(JsonNode? node) => node?.GetValueKind() == JsonValueKind.Number
            ? node.GetValue<int>()
            : int.TryParse((string?)node, out var id) ? id : throw GraphException.BadRequest($"Field '{key}' expects integer lookup ids.");

        var ids = value is JsonArray array ? array.Select(Parse).ToList() : [Parse(value)];
        ids.ForEach(check);
        return value is JsonArray ? new JsonArray(ids.Select(id => (JsonNode?)id).ToArray()) : JsonValue.Create(ids[0]);
    }

    private static void SeedUserExists(int id, string key)
    {
        if (Directory.SeededDirectory.FindBySiteUserId(id) is null)
        {
            throw GraphException.BadRequest($"Field '{key}': {id} is not a user of this site (use the site user id, e.g. from _api/web/ensureuser).");
        }
    }

    private static void LookupTargetExists(JsonObject column, int id, string key, TenantModel model)
    {
        var listId = Guid.Parse((string)column["lookup"]!["listId"]!);
        if (!model.State.ItemsOf(listId).ContainsKey(id))
        {
            throw GraphException.BadRequest($"Field '{key}': item {id} does not exist in the lookup list.");
        }
    }
}
