using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace M365PolicyControl.SharePoint.Connection;

/// <summary>
/// Builds a <see cref="GraphServiceClient"/> for any Graph root (SharePoint Online or the loopback local tenant):
/// the SDK's default middleware with a bounded RetryHandler that honours Retry-After, a retry of idempotent
/// requests on dropped connections, and request counting.
/// </summary>
internal static class GraphClientBuilder
{
    public static GraphServiceClient Create(TenantConnectionOptions options, BearerTokenSource tokens, RequestStats stats)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var retryIndex = handlers.ToList().FindIndex(h => h is RetryHandler);
        var retry = new RetryHandler(new RetryHandlerOption
        {
            MaxRetry = Math.Clamp(options.MaxRetries, 0, 10),
            Delay = (int)Math.Ceiling(Math.Min(options.RetryBaseDelay.TotalSeconds, 180)),
        });
        if (retryIndex >= 0)
        {
            handlers[retryIndex] = retry;
        }
        else
        {
            handlers.Insert(0, retry);
        }

        handlers.Add(new IdempotentConnectionRetryHandler(Math.Clamp(options.MaxRetries, 0, 10), options.RetryBaseDelay));
        handlers.Add(new CountingHandler(stats));
        var httpClient = GraphClientFactory.Create(handlers, finalHandler: new SocketsHttpHandler { AllowAutoRedirect = false });
        httpClient.Timeout = options.RequestTimeout * (options.MaxRetries + 1);
        httpClient.DefaultRequestHeaders.UserAgent.Clear();
        httpClient.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        return new GraphServiceClient(httpClient, CreateAuthProvider(options, tokens), options.GraphBaseUrl.ToString().TrimEnd('/'));
    }

    private static IAuthenticationProvider CreateAuthProvider(TenantConnectionOptions options, BearerTokenSource tokens)
    {
        string[] hosts = [options.GraphBaseUrl.Host, .. options.ExtraAllowedHosts];
        if (tokens.StaticToken is { } token)
        {
            return new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token, hosts));
        }

        var scope = $"{options.GraphBaseUrl.Scheme}://{options.GraphBaseUrl.Host}/.default";
        return new AzureIdentityAuthenticationProvider(tokens.Credential!, hosts, scopes: scope);
    }
}
