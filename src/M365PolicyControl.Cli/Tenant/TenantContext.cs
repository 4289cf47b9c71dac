using M365PolicyControl.LocalTenant;
using M365PolicyControl.SharePoint.Connection;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.Cli.Tenant;

/// <summary>
/// The tenant a command works against: the configured SharePoint Online tenant, or, when none is configured, the
/// local tenant started in-process on a free loopback port with its data under <c>./.policycontrol/</c> (or
/// <c>--data</c>). Either way the command gets one <see cref="TenantConnection"/>; dispose the context when done.
/// </summary>
public sealed class TenantContext : IAsyncDisposable
{
    private TenantContext(TenantConnection connection, LocalTenantServer? localServer, string description)
    {
        Connection = connection;
        LocalServer = localServer;
        Description = description;
    }

    public TenantConnection Connection { get; }

    /// <summary>The in-process local tenant; null when a real tenant is configured.</summary>
    public LocalTenantServer? LocalServer { get; }

    /// <summary>One line saying which tenant and site this is, for output.</summary>
    public string Description { get; }

    /// <summary>Connects to the configured tenant or starts the local one.</summary>
    /// <param name="siteUrl">Overrides the configured site (a full URL, or a server-relative path for the local tenant).</param>
    /// <param name="dataDirectory">Local tenant data folder; default <c>./.policycontrol</c>.</param>
    public static async Task<TenantContext> OpenAsync(TenantSettings settings, string? siteUrl = null, string? dataDirectory = null,
        ILoggerFactory? loggerFactory = null, CancellationToken cancellationToken = default)
    {
        if (settings.IsConfigured)
        {
            return OpenConfigured(settings, siteUrl, loggerFactory);
        }

        var sitePath = LocalSitePath(siteUrl ?? settings.SiteUrl);
        var server = await LocalTenantServer.StartAsync(new LocalTenantOptions
        {
            DataDirectory = Path.GetFullPath(dataDirectory ?? LocalTenantOptions.DefaultDataDirectory),
            Port = 0,
            SeedSites = [sitePath],
            LoggerFactory = loggerFactory,
        }, cancellationToken);
        var connection = TenantConnection.Open(new TenantConnectionOptions
        {
            GraphBaseUrl = new Uri(server.GraphBaseUrl),
            SiteUrl = new Uri($"https://{server.Hostname}{sitePath}"),
            Credentials = new TenantCredentials.StaticToken(LocalTenantOptions.DevelopmentToken),
        }, loggerFactory?.CreateLogger<TenantConnection>());
        return new TenantContext(connection, server, $"local tenant {server.BaseUrl} (site {sitePath}, data {dataDirectory ?? LocalTenantOptions.DefaultDataDirectory})");
    }

    public async ValueTask DisposeAsync()
    {
        Connection.Dispose();
        if (LocalServer is not null)
        {
            await LocalServer.DisposeAsync();
        }
    }

    private static TenantContext OpenConfigured(TenantSettings settings, string? siteUrl, ILoggerFactory? loggerFactory)
    {
        var site = siteUrl ?? settings.SiteUrl
            ?? throw new ArgumentException("No site: set Tenant:SiteUrl in policycontrol.json, M365PC_Tenant__SiteUrl, or pass --site.");
        if (!Uri.TryCreate(site, UriKind.Absolute, out var siteUri))
        {
            throw new ArgumentException($"Site '{site}' is not an absolute URL such as https://contoso.sharepoint.com/sites/compliance.");
        }

        var options = new TenantConnectionOptions
        {
            SiteUrl = siteUri,
            Credentials = Credentials(settings),
            GraphBaseUrl = settings.GraphBaseUrl is { Length: > 0 } graph ? new Uri(graph) : new Uri("https://graph.microsoft.com/v1.0"),
        };
        var who = settings.TenantId is { Length: > 0 } tenantId ? $"tenant {tenantId}" : $"tenant at {options.GraphBaseUrl}";
        return new TenantContext(TenantConnection.Open(options, loggerFactory?.CreateLogger<TenantConnection>()), null, $"{who} (site {siteUri})");
    }

    private static TenantCredentials Credentials(TenantSettings settings)
    {
        var app = !string.IsNullOrWhiteSpace(settings.TenantId) && !string.IsNullOrWhiteSpace(settings.ClientId);
        return app && settings.CertificatePath is { Length: > 0 } certificate
            ? new TenantCredentials.Certificate(settings.TenantId!, settings.ClientId!, certificate, settings.CertificatePassword)
            : app && settings.ClientSecret is { Length: > 0 } secret
                ? new TenantCredentials.ClientSecret(settings.TenantId!, settings.ClientId!, secret)
                : settings.AccessToken is { Length: > 0 } token
                    ? new TenantCredentials.StaticToken(token)
                    : throw new ArgumentException("Tenant configured without a credential: set Tenant:CertificatePath (or Tenant:ClientSecret, Graph only, or Tenant:AccessToken).");
    }

    private static string LocalSitePath(string? site)
    {
        if (string.IsNullOrWhiteSpace(site))
        {
            return TenantSettings.DefaultLocalSitePath;
        }

        var path = Uri.TryCreate(site, UriKind.Absolute, out var uri) ? uri.AbsolutePath : site;
        return "/" + path.Trim('/');
    }
}
