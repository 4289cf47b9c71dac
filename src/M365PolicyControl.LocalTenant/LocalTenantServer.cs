using System.Net;
using M365PolicyControl.LocalTenant.Auth;
using M365PolicyControl.LocalTenant.Diagnostics;
using M365PolicyControl.LocalTenant.Faults;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace M365PolicyControl.LocalTenant;

/// <summary>
/// The embedded local tenant: a Kestrel server on 127.0.0.1 speaking the subset of Graph v1.0
/// and SharePoint REST the product uses, with its data in <c>{DataDirectory}/tenant.db</c>.
/// Graph is served at <see cref="GraphBaseUrl"/>; a site's SharePoint REST API is at its
/// <c>webUrl</c> + <c>/_api</c> (e.g. <c>http://127.0.0.1:PORT/sites/compliance/_api/web</c>).
/// </summary>
public sealed class LocalTenantServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TenantState _state;

    private LocalTenantServer(WebApplication app, TenantState state, TenantStats stats, Uri baseUri, string hostname)
    {
        _app = app;
        _state = state;
        Stats = stats;
        BaseUri = baseUri;
        Hostname = hostname;
    }

    /// <summary><c>http://127.0.0.1:PORT</c>, no trailing slash in <see cref="Uri.ToString"/> of the authority.</summary>
    public Uri BaseUri { get; }

    /// <summary>The Graph base URL to give GraphServiceClient: <see cref="BaseUri"/> + <c>/v1.0</c>.</summary>
    public string GraphBaseUrl => BaseUrl + "/v1.0";

    /// <summary><see cref="BaseUri"/> as a string without a trailing slash.</summary>
    public string BaseUrl => BaseUri.GetLeftPart(UriPartial.Authority);

    /// <summary>The tenant host sites are addressed by in Graph (<c>/sites/{Hostname}:/sites/compliance</c>).</summary>
    public string Hostname { get; }

    /// <summary>Round trips, reads, writes and the request log; also served at <c>GET /_localtenant/stats</c>.</summary>
    public TenantStats Stats { get; }

    /// <summary>The request log (method, path, status, duration, injected fault).</summary>
    public IReadOnlyList<RequestLogEntry> RequestLog => Stats.RequestLog;

    /// <summary>Opens (or creates and seeds) the data folder and starts listening on 127.0.0.1.</summary>
    public static async Task<LocalTenantServer> StartAsync(LocalTenantOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger<LocalTenantServer>();
        System.IO.Directory.CreateDirectory(options.DataDirectory);
        var state = new TenantState(Path.Combine(options.DataDirectory, "tenant.db"));
        var model = new TenantModel(state, options.Hostname);
        Seeder.EnsureSeeded(model, options.SeedSites);
        var stats = new TenantStats(options.RequestLogCapacity);
        var faults = new FaultInjector(options.Faults);
        var pipeline = new TenantPipeline(new TenantServices(model, stats, faults, logger), new BearerTokenCheck(options.AcceptedTokens), faults, stats, logger);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = 260L * 1024 * 1024;
        });
        var app = builder.Build();
        app.Run(pipeline.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            state.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        logger.LogInformation("Local tenant listening on {BaseUri} with data in {DataDirectory}", address, options.DataDirectory);
        return new LocalTenantServer(app, state, stats, new Uri($"http://127.0.0.1:{port}"), options.Hostname);
    }

    /// <summary>The web URL of a site by server-relative path (<c>/sites/compliance</c>); its REST API is this + <c>/_api</c>.</summary>
    public string WebUrl(string serverRelativePath) => BaseUrl + (serverRelativePath.Trim('/').Length == 0 ? string.Empty : "/" + serverRelativePath.Trim('/'));

    /// <summary>Stops listening and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _state.Dispose();
    }
}
