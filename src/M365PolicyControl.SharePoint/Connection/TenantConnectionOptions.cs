namespace M365PolicyControl.SharePoint.Connection;

/// <summary>Where the tenant is and how hard to retry; the same options serve SharePoint Online and the local tenant.</summary>
public sealed class TenantConnectionOptions
{
    /// <summary>The Graph root including the version segment, e.g. <c>https://graph.microsoft.com/v1.0</c>.
    /// The SDK's batch serialiser assumes the path is exactly <c>/v1.0</c> (or <c>/beta</c>).</summary>
    public Uri GraphBaseUrl { get; init; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>The site holding the controlled library, e.g. <c>https://contoso.sharepoint.com/sites/compliance</c>.
    /// Its host and path address the site in Graph; SharePoint REST goes to the <c>webUrl</c> Graph returns.</summary>
    public required Uri SiteUrl { get; init; }

    public required TenantCredentials Credentials { get; init; }

    /// <summary>Retries per request on 429/503/504 (and on dropped connections for idempotent requests). 0-10.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>Base delay for exponential back-off when a throttled response carries no Retry-After.
    /// The Graph SDK's RetryHandler counts in whole seconds, so Graph rounds this up.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest single wait, whatever Retry-After says.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Per-attempt timeout of one HTTP request.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Decorates traffic as Microsoft asks of throttling-aware apps (<c>NONISV|Company|App/Version</c>).</summary>
    public string UserAgent { get; init; } = "NONISV|M365PolicyControl|policyctl/1.0";

    /// <summary>Graph host names the token is sent to; the configured Graph host is always added.</summary>
    public IReadOnlyList<string> ExtraAllowedHosts { get; init; } = [];
}
