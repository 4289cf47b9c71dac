using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant;
using M365PolicyControl.LocalTenant.Faults;
using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Graph;
using M365PolicyControl.SharePoint.Provisioning;
using M365PolicyControl.SharePoint.Provisioning.State;
using M365PolicyControl.SharePoint.Provisioning.Template;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.SharePoint.Tests.Provisioning;

/// <summary>A local tenant on a loopback port with its own data folder, and a connection to it with short retry delays.</summary>
internal sealed class TenantHarness : IAsyncDisposable
{
    public const string SitePath = "/sites/compliance";

    private TenantHarness(TempFolder data, LocalTenantServer server, TenantConnection connection)
    {
        Data = data;
        Server = server;
        Connection = connection;
    }

    public TempFolder Data { get; }

    public LocalTenantServer Server { get; private set; }

    public TenantConnection Connection { get; private set; }

    public static async Task<TenantHarness> StartAsync(FaultPlan? faults = null)
    {
        var data = new TempFolder();
        var server = await Start(data.Path, faults);
        return new TenantHarness(data, server, Connect(server));
    }

    /// <summary>Restarts the server on the same data with other faults (none by default), e.g. to dump the state cleanly.</summary>
    public async Task RestartAsync(FaultPlan? faults = null)
    {
        Connection.Dispose();
        await Server.DisposeAsync();
        Server = await Start(Data.Path, faults);
        Connection = Connect(Server);
    }

    public Task<ProvisioningResult> ProvisionAsync(ProvisioningTemplate? template = null, ProvisioningOptions? options = null) =>
        new ProvisioningEngine(Connection).RunAsync(template ?? TemplateLoader.LoadBuiltIn(), options ?? new ProvisioningOptions());

    /// <summary>The site's state as read by the adapter.</summary>
    public async Task<SiteState> ReadStateAsync(ProvisioningTemplate? template = null)
    {
        var batches = new GraphBatchExecutor(Connection.Graph, Connection.Options.GraphBaseUrl, 6, TimeSpan.FromMilliseconds(20));
        var reader = new SiteStateReader(Connection.Graph, batches, Connection.Rest);
        var site = await reader.GetSiteAsync(Connection.Options.SiteUrl);
        return await reader.ReadAsync(site, template ?? TemplateLoader.LoadBuiltIn());
    }

    /// <summary>Lists, columns, settings, views and seeded rows with ids, eTags and timestamps removed, as stable text.</summary>
    public async Task<string> DumpAsync()
    {
        var state = await ReadStateAsync();
        var names = state.Lists.ToDictionary(l => l.Value.Id, l => l.Key, StringComparer.OrdinalIgnoreCase);
        var dump = new JsonObject();
        foreach (var (key, list) in state.Lists.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            dump[key] = new JsonObject
            {
                ["displayName"] = list.DisplayName,
                ["columns"] = new JsonArray(list.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (JsonNode?)Normalise(c.Json, names)).ToArray()),
                ["settings"] = JsonSerializerNode(list.Rest?.Settings),
                ["views"] = new JsonArray((list.Rest?.Views ?? []).OrderBy(v => v.Title, StringComparer.Ordinal)
                    .Select(v => (JsonNode?)new JsonObject { ["title"] = v.Title, ["query"] = v.Query, ["rowLimit"] = v.RowLimit, ["fields"] = string.Join(",", v.Fields) }).ToArray()),
                ["rows"] = new JsonArray(list.Items.Select(i => Strip(i.Fields)).OrderBy(f => f.ToJsonString(), StringComparer.Ordinal).Select(f => (JsonNode?)f).ToArray()),
            };
        }

        return dump.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    public async ValueTask DisposeAsync()
    {
        Connection.Dispose();
        await Server.DisposeAsync();
        Data.Dispose();
    }

    private static Task<LocalTenantServer> Start(string data, FaultPlan? faults) =>
        LocalTenantServer.StartAsync(new LocalTenantOptions { DataDirectory = data, Port = 0, Faults = faults ?? FaultPlan.None });

    private static TenantConnection Connect(LocalTenantServer server) => TenantConnection.Open(new TenantConnectionOptions
    {
        GraphBaseUrl = new Uri(server.GraphBaseUrl),
        SiteUrl = new Uri($"https://{server.Hostname}{SitePath}"),
        Credentials = new TenantCredentials.StaticToken(LocalTenantOptions.DevelopmentToken),
        MaxRetries = 8,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryDelay = TimeSpan.FromSeconds(2),
    });

    private static JsonObject Normalise(JsonObject column, IReadOnlyDictionary<string, string> listNames)
    {
        var copy = Strip(column);
        copy.Remove("id");
        if (copy["lookup"] is JsonObject lookup && (string?)lookup["listId"] is { } listId)
        {
            lookup["listId"] = listNames.GetValueOrDefault(listId, "unknown list");
        }

        return copy;
    }

    private static JsonObject Strip(JsonObject json)
    {
        var copy = json.DeepClone().AsObject();
        foreach (var key in copy.Select(p => p.Key).Where(k => k.StartsWith('@') || k is "id" or "eTag" or "Modified" or "Created").ToArray())
        {
            copy.Remove(key);
        }

        return copy;
    }

    private static JsonNode? JsonSerializerNode(object? value) => value is null ? null : System.Text.Json.JsonSerializer.SerializeToNode(value);
}
