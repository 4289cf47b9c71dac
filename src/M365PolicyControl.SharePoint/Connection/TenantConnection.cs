using M365PolicyControl.SharePoint.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Graph;

namespace M365PolicyControl.SharePoint.Connection;

/// <summary>
/// One open connection to a tenant: the Graph client, the SharePoint REST client and the counters they share.
/// Create one per command run; dispose it when done.
/// </summary>
public sealed class TenantConnection : IDisposable
{
    private readonly HttpClient _restHttp;

    private TenantConnection(TenantConnectionOptions options, GraphServiceClient graph, HttpClient restHttp, SharePointRestClient rest, RequestStats stats)
    {
        Options = options;
        Graph = graph;
        _restHttp = restHttp;
        Rest = rest;
        Stats = stats;
    }

    public TenantConnectionOptions Options { get; }

    /// <summary>Graph with the configured base URL; use it for everything Graph can do.</summary>
    public GraphServiceClient Graph { get; }

    /// <summary>SharePoint REST for what Graph cannot do (list settings, views, approval, publishing).</summary>
    public SharePointRestClient Rest { get; }

    /// <summary>Round trips, reads and writes of both clients since the connection opened.</summary>
    public RequestStats Stats { get; }

    /// <summary>Builds both clients; no request is sent until first use.</summary>
    public static TenantConnection Open(TenantConnectionOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stats = new RequestStats();
        var tokens = BearerTokenSource.From(options.Credentials);
        var graph = GraphClientBuilder.Create(options, tokens, stats);
        var restHttp = CreateRestHttpClient(options, stats);
        var rest = new SharePointRestClient(restHttp, tokens, options.SiteUrl.Host, logger ?? NullLogger.Instance);
        return new TenantConnection(options, graph, restHttp, rest, stats);
    }

    public void Dispose()
    {
        Graph.Dispose();
        _restHttp.Dispose();
    }

    private static HttpClient CreateRestHttpClient(TenantConnectionOptions options, RequestStats stats)
    {
        var resilience = RestResilience.CreateHandler(options);
        resilience.InnerHandler = new CountingHandler(stats) { InnerHandler = new SocketsHttpHandler() };
        var http = new HttpClient(resilience) { Timeout = options.RequestTimeout * (options.MaxRetries + 1) };
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        return http;
    }
}
