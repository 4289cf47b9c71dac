using M365PolicyControl.Cli.Tenant;
using M365PolicyControl.Core.Catalog;
using M365PolicyControl.LocalTenant;
using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Lifecycle;
using M365PolicyControl.SharePoint.Lifecycle.Gateway;
using M365PolicyControl.Word.Adapters;
using Microsoft.Extensions.Logging.Abstractions;

namespace M365PolicyControl.Cli.Lifecycle;

/// <summary>
/// What a lifecycle verb runs on: the tenant of <see cref="TenantContext"/> (the configured tenant, or the local one
/// started in-process), the library gateway and the lifecycle service wired to the Word stamper and reader.
/// </summary>
internal sealed class LifecycleHost : IAsyncDisposable
{
    /// <summary>The site the local tenant seeds and the library lives on.</summary>
    public const string SitePath = TenantSettings.DefaultLocalSitePath;

    private readonly TenantContext? tenant;
    private readonly LocalTenantServer? ownServer;

    private LifecycleHost(TenantConnection connection, TenantContext? tenant, LocalTenantServer? ownServer)
    {
        Connection = connection;
        this.tenant = tenant;
        this.ownServer = ownServer;
    }

    public TenantConnection Connection { get; }

    public SharePointPolicyLibrary Library { get; private set; } = null!;

    public PolicyLifecycleService Service { get; private set; } = null!;

    public static CitationParser Parser { get; } = new(SecurityRuleCatalog.Default);

    /// <summary>Starts a fresh local tenant of its own under <paramref name="dataDirectory"/> (the demo); call <see cref="ConnectLibraryAsync"/> once the library exists.</summary>
    public static async Task<LifecycleHost> StartLocalAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataDirectory);
        var server = await LocalTenantServer.StartAsync(new LocalTenantOptions { DataDirectory = dataDirectory }, cancellationToken: cancellationToken);
        var connection = TenantConnection.Open(new TenantConnectionOptions
        {
            GraphBaseUrl = new Uri(server.GraphBaseUrl),
            SiteUrl = new Uri($"https://{server.Hostname}{SitePath}"),
            Credentials = new TenantCredentials.StaticToken(LocalTenantOptions.DevelopmentToken),
        });
        return new LifecycleHost(connection, null, server);
    }

    /// <summary>Opens the tenant the CLI is configured for (as <c>provision</c> does) and connects to its provisioned library.</summary>
    public static async Task<LifecycleHost> OpenAsync(TenantTarget target, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var settings = TenantSettings.Load(target.ConfigFile);
        var context = await TenantContext.OpenAsync(settings, target.Site, target.DataDirectory, cancellationToken: cancellationToken);
        var host = new LifecycleHost(context.Connection, context, null);
        try
        {
            await host.ConnectLibraryAsync(clock, cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async Task ConnectLibraryAsync(TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        Library = await SharePointPolicyLibrary.ConnectAsync(Connection, cancellationToken);
        Service = new PolicyLifecycleService(
            Library, new WordContentReader(), new WordStamper(Parser), Parser, clock ?? TimeProvider.System,
            NullLogger<PolicyLifecycleService>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        if (tenant is not null)
        {
            await tenant.DisposeAsync();
            return;
        }

        Connection.Dispose();
        if (ownServer is not null)
        {
            await ownServer.DisposeAsync();
        }
    }
}
