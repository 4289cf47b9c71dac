using System.Text.Json.Nodes;

namespace M365PolicyControl.SharePoint.Rest;

/// <summary>
/// The library settings Graph cannot read or write, as SharePoint REST names them. Null means "not set / not read".
/// </summary>
public sealed record ListSettings
{
    public bool? EnableVersioning { get; init; }

    /// <summary>Major and minor (draft) versions; SharePoint supports it on document libraries only.</summary>
    public bool? EnableMinorVersions { get; init; }

    public int? MajorVersionLimit { get; init; }

    public int? MajorWithMinorVersionsLimit { get; init; }

    /// <summary>Content approval.</summary>
    public bool? EnableModeration { get; init; }

    /// <summary>Who sees drafts: 0 any reader, 1 authors (users who can edit), 2 approvers and the item's author.</summary>
    public int? DraftVersionVisibility { get; init; }

    public bool? ForceCheckout { get; init; }

    /// <summary>The REST property names, in the order SharePoint wants them applied (versioning before minors).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        nameof(EnableVersioning), nameof(EnableMinorVersions), nameof(MajorVersionLimit), nameof(MajorWithMinorVersionsLimit),
        nameof(EnableModeration), nameof(DraftVersionVisibility), nameof(ForceCheckout),
    ];

    /// <summary>The value of one setting by REST name, boxed; null when unset.</summary>
    public object? Get(string name) => name switch
    {
        nameof(EnableVersioning) => EnableVersioning,
        nameof(EnableMinorVersions) => EnableMinorVersions,
        nameof(MajorVersionLimit) => MajorVersionLimit,
        nameof(MajorWithMinorVersionsLimit) => MajorWithMinorVersionsLimit,
        nameof(EnableModeration) => EnableModeration,
        nameof(DraftVersionVisibility) => DraftVersionVisibility,
        nameof(ForceCheckout) => ForceCheckout,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a list setting."),
    };

    /// <summary>Reads the settings from a REST list object (nometadata JSON).</summary>
    public static ListSettings FromJson(JsonNode list) => new()
    {
        EnableVersioning = (bool?)list[nameof(EnableVersioning)],
        EnableMinorVersions = (bool?)list[nameof(EnableMinorVersions)],
        MajorVersionLimit = (int?)list[nameof(MajorVersionLimit)],
        MajorWithMinorVersionsLimit = (int?)list[nameof(MajorWithMinorVersionsLimit)],
        EnableModeration = (bool?)list[nameof(EnableModeration)],
        DraftVersionVisibility = (int?)list[nameof(DraftVersionVisibility)],
        ForceCheckout = (bool?)list[nameof(ForceCheckout)],
    };
}
