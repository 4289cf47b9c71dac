using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using M365PolicyControl.SharePoint.Connection;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.SharePoint.Rest;

/// <summary>
/// A small SharePoint REST client (<c>{webUrl}/_api/...</c>, JSON nometadata, bearer token) for what Graph cannot do:
/// library settings, views, fields Graph cannot create, and the file approval/publishing actions. Retries are the
/// resilience pipeline's job (see <see cref="TenantConnection"/>). Errors throw <see cref="SharePointRestException"/>.
/// </summary>
public sealed partial class SharePointRestClient
{
    private const string NoMetadata = "application/json;odata=nometadata";
    private readonly HttpClient _http;
    private readonly BearerTokenSource _tokens;
    private readonly string _sharePointHost;
    private readonly ILogger _logger;

    internal SharePointRestClient(HttpClient http, BearerTokenSource tokens, string sharePointHost, ILogger logger)
    {
        _http = http;
        _tokens = tokens;
        _sharePointHost = sharePointHost;
        _logger = logger;
    }

    /// <summary>Every list of the web with its settings and views, in ONE request.</summary>
    public async Task<IReadOnlyList<RestList>> GetListsAsync(Uri webUrl, CancellationToken cancellationToken = default)
    {
        // SharePoint's OData v3: an expanded navigation property must also be named in $select.
        var select = "Id,Title,BaseTemplate," + string.Join(",", ListSettings.Names)
            + ",Views/Id,Views/Title,Views/ViewQuery,Views/RowLimit,Views/Hidden,Views/ViewFields";
        var json = await SendAsync(HttpMethod.Get, Api(webUrl, $"web/lists?$select={select}&$expand=Views,Views/ViewFields"), null, null, cancellationToken);
        return json?["value"]?.AsArray().Select(l => RestJson.ToList(l!)).ToArray() ?? [];
    }

    /// <summary>The views of one list with their fields. Used when a server ignored <c>$expand=Views</c> on the lists
    /// collection; a server that also ignores <c>$expand=ViewFields</c> costs one more request per view.</summary>
    public async Task<IReadOnlyList<RestView>> GetViewsAsync(Uri webUrl, Guid listId, CancellationToken cancellationToken = default)
    {
        var json = await SendAsync(HttpMethod.Get, Api(webUrl, $"web/lists(guid'{listId}')/views?$expand=ViewFields"), null, null, cancellationToken);
        var views = new List<RestView>();
        foreach (var node in json?["value"]?.AsArray() ?? [])
        {
            if (node!["ViewFields"] is null)
            {
                var id = (string)node["Id"]!;
                node["ViewFields"] = await SendAsync(HttpMethod.Get, Api(webUrl, $"web/lists(guid'{listId}')/views(guid'{id}')/ViewFields"), null, null, cancellationToken);
            }

            views.Add(RestJson.ToView(node));
        }

        return views;
    }

    /// <summary>Writes the given settings with one MERGE (only the properties sent change).</summary>
    public Task UpdateListSettingsAsync(Uri webUrl, Guid listId, IReadOnlyDictionary<string, object> settings, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject();
        foreach (var (name, value) in settings)
        {
            body[name] = JsonValue.Create(value);
        }

        return SendAsync(HttpMethod.Post, Api(webUrl, $"web/lists(guid'{listId}')"), body, "MERGE", cancellationToken);
    }

    /// <summary>Creates a field from SharePoint field XML (<c>CreateFieldAsXml</c>, Options 8 keeps the Name as internal name).
    /// Used for types Graph cannot create, such as MultiChoice.</summary>
    public Task CreateFieldAsXmlAsync(Uri webUrl, Guid listId, string schemaXml, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["parameters"] = new JsonObject { ["SchemaXml"] = schemaXml, ["Options"] = 8 } };
        return SendAsync(HttpMethod.Post, Api(webUrl, $"web/lists(guid'{listId}')/fields/CreateFieldAsXml"), body, null, cancellationToken);
    }

    /// <summary>Adds a public view.</summary>
    public Task AddViewAsync(Uri webUrl, Guid listId, ViewDefinition view, CancellationToken cancellationToken = default)
    {
        var parameters = new JsonObject
        {
            ["Title"] = view.Title,
            ["ViewFields"] = new JsonArray(view.Fields.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
            ["Query"] = view.Query,
            ["RowLimit"] = view.RowLimit,
            ["PersonalView"] = false,
            ["SetAsDefaultView"] = false,
            ["Paged"] = true,
        };
        return SendAsync(HttpMethod.Post, Api(webUrl, $"web/lists(guid'{listId}')/views/add"), new JsonObject { ["parameters"] = parameters }, null, cancellationToken);
    }

    /// <summary>Deletes a view (views hold no data).</summary>
    public Task DeleteViewAsync(Uri webUrl, Guid listId, Guid viewId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, Api(webUrl, $"web/lists(guid'{listId}')/views(guid'{viewId}')"), null, "DELETE", cancellationToken);

    internal static Uri Api(Uri webUrl, string relative) => new(webUrl.ToString().TrimEnd('/') + "/_api/" + relative);

    internal async Task<JsonNode?> SendAsync(HttpMethod method, Uri url, JsonNode? body, string? xHttpMethod, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetSharePointTokenAsync(_sharePointHost, cancellationToken));
        request.Headers.Accept.ParseAdd(NoMetadata);
        if (xHttpMethod is not null)
        {
            request.Headers.TryAddWithoutValidation("X-HTTP-Method", xHttpMethod);
            request.Headers.TryAddWithoutValidation("IF-MATCH", "*");
        }

        if (body is not null || method == HttpMethod.Post)
        {
            request.Content = new StringContent(body?.ToJsonString() ?? string.Empty, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(NoMetadata);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw RestJson.ToException(response.StatusCode, text, url);
        }

        LogCall(_logger, method.Method, xHttpMethod ?? "", url.AbsolutePath, (int)response.StatusCode);
        return string.IsNullOrWhiteSpace(text) || response.StatusCode == HttpStatusCode.NoContent ? null : JsonNode.Parse(text);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "SharePoint REST {Method} {XHttpMethod} {Path} -> {Status}")]
    private static partial void LogCall(ILogger logger, string method, string xHttpMethod, string path, int status);
}
