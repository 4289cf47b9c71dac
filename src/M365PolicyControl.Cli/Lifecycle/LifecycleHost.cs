using M365PolicyControl.Core.Catalog;
using M365PolicyControl.LocalTenant;
using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Lifecycle;
using M365PolicyControl.SharePoint.Lifecycle.Gateway;
using M365PolicyControl.Word.Adapters;
using Microsoft.Extensions.Logging.Abstractions;

namespace M365PolicyControl.Cli.Lifecycle;

/// <summary>
/// What a lifecycle verb runs on: the local tenant started in-process on a free loopback port with its data under
/// a folder, the tenant connection (Graph + SharePoint REST), the library gateway and the lifecycle service wired
/// to the Word stamper and reader.
/// </summary>
internal sealed class LifecycleHost : IAsyncDisposable
{
    /// <summary>The site the local tenant seeds and the library lives on.</summary>
    public const string SitePath = "/sites/compliance";

    private LifecycleHost(LocalTenantServer tenant, TenantConnection connection)
    {
        Tenant = tenant;
        Connection = connection;
    }

    public LocalTenantServer Tenant { get; }

    public TenantConnection Connection { get; }

    public SharePointPolicyLibrary Library { get; private set; } = null!;

    public PolicyLifecycleService Service { get; private set; } = null!;

    public static CitationParser Parser { get; } = new(SecurityRuleCatalog.Default);

    /// <summary>Starts the tenant and opens the connection; call <see cref="ConnectLibraryAsync"/> once the library exists.</summary>
    public static async Task<LifecycleHost> StartAsync(string dataDirectory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(dataDirectory);
        var tenant = await LocalTenantServer.StartAsync(new LocalTenantOptions { DataDirectory = dataDirectory }, cancellationToken: cancellationToken);
        var connection = TenantConnection.Open(new TenantConnectionOptions
        {
            GraphBaseUrl = new Uri(tenant.GraphBaseUrl),
            SiteUrl = new Uri($"https://{tenant.Hostname}{SitePath}"),
            Credentials = new TenantCredentials.StaticToken(LocalTenantOptions.DevelopmentToken),
        });
        return new LifecycleHost(tenant, connection);
    }

    /// <summary>Starts the tenant and connects to the provisioned library.</summary>
    public static async Task<LifecycleHost> OpenAsync(string dataDirectory, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var host = await StartAsync(dataDirectory, cancellationToken);
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
        Connection.Dispose();
        await Tenant.DisposeAsync();
    }
}
