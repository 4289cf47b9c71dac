using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Shapes;

/// <summary>Applies <c>$select</c> to a resource: the listed properties plus OData annotations.</summary>
internal static class Projection
{
    public static JsonObject Select(JsonObject resource, IReadOnlySet<string>? select, params string[] keep)
    {
        if (select is null)
        {
            return resource;
        }

        foreach (var key in resource.Select(pair => pair.Key).ToList())
        {
            var wanted = key.StartsWith('@') || select.Contains(key) || keep.Contains(key, StringComparer.OrdinalIgnoreCase);
            if (!wanted)
            {
                resource.Remove(key);
            }
        }

        return resource;
    }

    public static JsonObject IdentitySet(Directory.DirectoryUser user) => new()
    {
        ["user"] = new JsonObject
        {
            ["email"] = user.UserPrincipalName,
            ["id"] = user.Id.ToString(),
            ["displayName"] = user.DisplayName,
        },
    };

    public static JsonObject IdentitySet(string upn) =>
        IdentitySet(Directory.SeededDirectory.Find(upn) ?? Directory.SeededDirectory.Admin);

    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
