namespace M365PolicyControl.LocalTenant.Store;

/// <summary>A site collection's root web, addressed by host name and server-relative path.</summary>
internal sealed class SiteRecord
{
    public required string Hostname { get; init; }

    public required Guid SiteCollectionId { get; init; }

    public required Guid WebId { get; init; }

    /// <summary>"/" for the root site, "/sites/compliance" otherwise.</summary>
    public required string ServerRelativeUrl { get; init; }

    public required string DisplayName { get; set; }

    public string Description { get; set; } = string.Empty;

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset Modified { get; set; }

    /// <summary>Graph's composite id: <c>{hostname},{siteCollectionId},{webId}</c>.</summary>
    public string Id => $"{Hostname},{SiteCollectionId},{WebId}";

    /// <summary>The last path segment, or empty for the root site (Graph's <c>name</c>).</summary>
    public string Name => ServerRelativeUrl.TrimEnd('/').Split('/')[^1];

    public bool IsRoot => ServerRelativeUrl == "/";
}
