using System.Text.Json;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>
/// MERGE of the versioning/approval/checkout properties with SharePoint's quirks: minor versions
/// and required check-out exist only on libraries (a list silently keeps them off, so callers
/// must read back); turning versioning off turns minor versions off; version limits outside the
/// allowed range are refused (libraries keep at least 100 major versions in SharePoint Online).
/// Other writable properties (Title, Description, Hidden) are applied; unknown ones are refused.
/// </summary>
internal static class ListSettingsRules
{
    public const int LibraryMinimumMajorVersions = 100;
    public const int MaximumVersions = 50000;

    public static void Apply(ListRecord list, JsonObject body)
    {
        var candidate = JsonSerializer.Deserialize<ListSettings>(JsonSerializer.Serialize(list.Settings))!;
        foreach (var (key, value) in body)
        {
            ApplyOne(list, candidate, key, value);
        }

        Normalize(list, candidate);
        Validate(list, candidate);
        list.Settings = candidate;
    }

    private static void ApplyOne(ListRecord list, ListSettings settings, string key, JsonNode? value)
    {
        switch (key)
        {
            case "EnableVersioning": settings.EnableVersioning = Bool(key, value); break;
            case "EnableMinorVersions": settings.EnableMinorVersions = Bool(key, value); break;
            case "MajorVersionLimit": settings.MajorVersionLimit = Int(key, value); break;
            case "MajorWithMinorVersionsLimit": settings.MajorWithMinorVersionsLimit = Int(key, value); break;
            case "EnableModeration": settings.EnableModeration = Bool(key, value); break;
            case "DraftVersionVisibility": settings.DraftVersionVisibility = Int(key, value); break;
            case "ForceCheckout": settings.ForceCheckout = Bool(key, value); break;
            case "Title": list.DisplayName = (string?)value ?? list.DisplayName; break;
            case "Description": list.Description = (string?)value ?? string.Empty; break;
            case "Hidden": list.Hidden = Bool(key, value); break;
            case "ContentTypesEnabled": list.ContentTypesEnabled = Bool(key, value); break;
            default:
                throw new GraphException(400, "invalidRequest", $"The property '{key}' does not exist on type 'SP.List'. Make sure to only use property names that are defined by the type.");
        }
    }

    private static void Normalize(ListRecord list, ListSettings settings)
    {
        if (!list.IsLibrary)
        {
            settings.EnableMinorVersions = false;
            settings.ForceCheckout = false;
            settings.MajorWithMinorVersionsLimit = 0;
        }

        if (!settings.EnableVersioning)
        {
            settings.EnableMinorVersions = false;
        }
    }

    private static void Validate(ListRecord list, ListSettings settings)
    {
        var minimum = list.IsLibrary ? LibraryMinimumMajorVersions : 1;
        if (settings.EnableVersioning && (settings.MajorVersionLimit < minimum || settings.MajorVersionLimit > MaximumVersions))
        {
            throw new GraphException(400, "invalidRequest", $"MajorVersionLimit must be between {minimum} and {MaximumVersions} for this list.");
        }

        if (settings.MajorWithMinorVersionsLimit < 0 || settings.MajorWithMinorVersionsLimit > MaximumVersions)
        {
            throw new GraphException(400, "invalidRequest", $"MajorWithMinorVersionsLimit must be between 0 and {MaximumVersions}.");
        }

        if (settings.DraftVersionVisibility is < 0 or > 2)
        {
            throw new GraphException(400, "invalidRequest", "DraftVersionVisibility must be 0 (Reader), 1 (Author) or 2 (Approver).");
        }
    }

    private static bool Bool(string key, JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new GraphException(400, "invalidRequest", $"'{key}' expects a boolean."),
    };

    private static int Int(string key, JsonNode? value) =>
        value?.GetValueKind() == JsonValueKind.Number ? value.GetValue<int>() : throw new GraphException(400, "invalidRequest", $"'{key}' expects an integer.");
}
