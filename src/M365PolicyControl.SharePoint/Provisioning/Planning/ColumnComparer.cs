using System.Text.Json.Nodes;
using M365PolicyControl.SharePoint.Provisioning.State;
using M365PolicyControl.SharePoint.Provisioning.Template;

namespace M365PolicyControl.SharePoint.Provisioning.Planning;

/// <summary>How an existing column differs from its template: not at all, by properties Graph can PATCH in place,
/// or in a way that would lose data (type changed, multi-value to single, lookup retargeted).</summary>
internal sealed record ColumnComparison(JsonObject? Patch, IReadOnlyList<string> Changes, string? DestructiveReason)
{
    public bool IsUnchanged => Patch is null && DestructiveReason is null;
}

internal static class ColumnComparer
{
    public static ColumnComparison Compare(ColumnTemplate wanted, ColumnState existing, string? lookupListId)
    {
        var json = existing.Json;
        var type = ColumnDefinitions.TypeOf(json);
        if (type != wanted.Type)
        {
            return Destructive($"type {type ?? "unknown to Graph"} -> {wanted.Type}");
        }

        if (DestructiveFacetChange(wanted, json, lookupListId) is { } reason)
        {
            return Destructive(reason);
        }

        var patch = new JsonObject();
        var changes = new List<string>();
        Check(patch, changes, "displayName", json, wanted.EffectiveDisplayName);
        if (wanted.Description is not null)
        {
            Check(patch, changes, "description", json, wanted.Description);
        }

        Check(patch, changes, "required", json, wanted.Required);
        Check(patch, changes, "indexed", json, wanted.Indexed);
        Check(patch, changes, "enforceUniqueValues", json, wanted.EnforceUniqueValues);
        Check(patch, changes, "hidden", json, false);
        if (wanted.DefaultValue is not null && (string?)json["defaultValue"]?["value"] != wanted.DefaultValue)
        {
            patch["defaultValue"] = new JsonObject { ["value"] = wanted.DefaultValue };
            changes.Add($"defaultValue -> {wanted.DefaultValue}");
        }

        var facetName = ColumnDefinitions.FacetName(wanted);
        var facet = ColumnDefinitions.Facet(wanted, lookupListId);
        if (FacetDiffers(wanted, json[facetName] as JsonObject ?? [], facet))
        {
            patch[facetName] = facet;
            changes.Add($"{facetName} settings");
        }

        return new ColumnComparison(patch.Count == 0 ? null : patch, changes, null);
    }

    private static ColumnComparison Destructive(string reason) => new(null, [], reason);

    private static string? DestructiveFacetChange(ColumnTemplate wanted, JsonObject json, string? lookupListId)
    {
        if (wanted.Type == ColumnTypes.Person && (bool?)json["personOrGroup"]?["allowMultipleSelection"] == true && !wanted.Multiple)
        {
            return "multiple people -> one person";
        }

        if (wanted.Type != ColumnTypes.Lookup)
        {
            return null;
        }

        var lookup = json["lookup"];
        if (lookupListId is not null && !string.Equals((string?)lookup?["listId"], lookupListId, StringComparison.OrdinalIgnoreCase))
        {
            return $"lookup target list {(string?)lookup?["listId"]} -> {lookupListId}";
        }

        return (bool?)lookup?["allowMultipleValues"] == true && !wanted.Multiple ? "multiple lookup values -> one" : null;
    }

    private static bool FacetDiffers(ColumnTemplate wanted, JsonObject existing, JsonObject desired) => wanted.Type switch
    {
        ColumnTypes.Text => (int?)existing["maxLength"] != (int?)desired["maxLength"],
        ColumnTypes.Choice or ColumnTypes.MultiChoice => !ChoicesOf(existing).SequenceEqual(wanted.Choices ?? []),
        ColumnTypes.Number => (double?)existing["minimum"] != wanted.Minimum || (double?)existing["maximum"] != wanted.Maximum
            || (wanted.DecimalPlaces is not null && (string?)existing["decimalPlaces"] != wanted.DecimalPlaces),
        ColumnTypes.Person => (bool?)existing["allowMultipleSelection"] != wanted.Multiple,
        ColumnTypes.Lookup => (bool?)existing["allowMultipleValues"] != wanted.Multiple
            || (string?)existing["columnName"] != (wanted.LookupColumn ?? "Title"),
        _ => false,
    };

    private static IEnumerable<string> ChoicesOf(JsonObject choice) =>
        choice["choices"]?.AsArray().Select(c => (string?)c ?? "") ?? [];

    private static void Check<T>(JsonObject patch, List<string> changes, string property, JsonObject json, T wanted)
    {
        var current = json[property] is JsonValue v && v.TryGetValue<T>(out var value) ? value : default;
        var missingDefault = json[property] is null && wanted is false;
        if (!EqualityComparer<T>.Default.Equals(current, wanted) && !missingDefault)
        {
            patch[property] = JsonValue.Create(wanted);
            changes.Add($"{property} {(json[property]?.ToJsonString() ?? "unset")} -> {JsonValue.Create(wanted)!.ToJsonString()}");
        }
    }
}
