using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace M365PolicyControl.Core.Catalog;

/// <summary>
/// A versioned list of Security Rule requirements, loaded from embedded data so that a later
/// rule can sit beside this one without code changes.
/// </summary>
public sealed class SecurityRuleCatalog
{
    /// <summary>The id of the catalog the product uses unless told otherwise.</summary>
    public const string DefaultId = "hipaa-security-2013";

    private static readonly Lazy<SecurityRuleCatalog> DefaultCatalog = new(() => Load(DefaultId));

    private readonly FrozenDictionary<string, Requirement> _byCitation;

    private SecurityRuleCatalog(string id, string title, string version, IReadOnlyList<Requirement> requirements)
    {
        Id = id;
        Title = title;
        Version = version;
        Requirements = requirements;
        _byCitation = requirements.ToFrozenDictionary(r => r.Citation, StringComparer.Ordinal);
    }

    /// <summary>The catalog id, e.g. <c>hipaa-security-2013</c>.</summary>
    public string Id { get; }

    public string Title { get; }

    public string Version { get; }

    /// <summary>Every requirement in regulation order.</summary>
    public IReadOnlyList<Requirement> Requirements { get; }

    /// <summary>The catalog for <see cref="DefaultId"/>.</summary>
    public static SecurityRuleCatalog Default => DefaultCatalog.Value;

    /// <summary>The ids of every embedded catalog.</summary>
    public static IReadOnlyList<string> AvailableIds { get; } = typeof(SecurityRuleCatalog).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".json".Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    private const string ResourcePrefix = "M365PolicyControl.Core.Catalog.";

    /// <summary>Finds a requirement by its normalised citation; null when the catalog has no such entry.</summary>
    public Requirement? Find(string normalizedCitation) =>
        _byCitation.GetValueOrDefault(normalizedCitation);

    /// <summary>The standards, in regulation order.</summary>
    public IEnumerable<Requirement> Standards => Requirements.Where(r => r.Kind == RequirementKind.Standard);

    /// <summary>The implementation specifications under a standard.</summary>
    public IEnumerable<Requirement> SpecificationsOf(string standardCitation) =>
        Requirements.Where(r => r.ParentStandard == standardCitation);

    /// <summary>Loads an embedded catalog by id.</summary>
    /// <exception cref="ArgumentException">No embedded catalog has that id.</exception>
    public static SecurityRuleCatalog Load(string id)
    {
        using var stream = typeof(SecurityRuleCatalog).Assembly.GetManifestResourceStream(ResourcePrefix + id + ".json")
            ?? throw new ArgumentException(
                $"No Security Rule catalog with id '{id}'. Known: {string.Join(", ", AvailableIds)}.", nameof(id));
        var data = JsonSerializer.Deserialize(stream, CatalogJsonContext.Default.CatalogData)
            ?? throw new InvalidDataException($"Catalog '{id}' is empty.");
        var requirements = data.Requirements.Select(ToRequirement).ToArray();
        return new SecurityRuleCatalog(data.Id, data.Title, data.Version, requirements);
    }

    private static Requirement ToRequirement(RequirementData d) => new(
        d.Citation,
        d.Name,
        Enum.Parse<RequirementKind>(d.Kind, ignoreCase: true),
        Enum.Parse<Implementation>(d.Implementation, ignoreCase: true),
        d.ParentStandard,
        Enum.Parse<SafeguardArea>(d.Safeguard, ignoreCase: true));

    internal sealed record CatalogData(string Id, string Title, string Version, string Source, RequirementData[] Requirements);

    internal sealed record RequirementData(
        string Citation, string Kind, string Name, string Implementation, string? ParentStandard, string Safeguard);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SecurityRuleCatalog.CatalogData))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
