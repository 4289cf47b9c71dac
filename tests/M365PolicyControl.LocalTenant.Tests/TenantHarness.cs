using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.LocalTenant.Tests;

/// <summary>A local tenant on a free loopback port with its own data folder, and an authenticated HttpClient.</summary>
public sealed class TenantHarness : IAsyncDisposable
{
    private readonly TempFolder _folder;

    private TenantHarness(TempFolder folder, LocalTenantServer server, HttpClient client)
    {
        _folder = folder;
        Server = server;
        Client = client;
    }

    public LocalTenantServer Server { get; private set; }

    public HttpClient Client { get; private set; }

    public string DataDirectory => _folder.Path;

    /// <summary>Graph path of the seeded compliance site, in the decoded host:path form.</summary>
    public string Site => "/v1.0/sites/contoso.sharepoint.com:/sites/compliance:";

    public static async Task<TenantHarness> StartAsync(Faults.FaultPlan? faults = null, TempFolder? folder = null)
    {
        folder ??= new TempFolder();
        var server = await LocalTenantServer.StartAsync(new LocalTenantOptions { DataDirectory = folder.Path, Faults = faults ?? Faults.FaultPlan.None });
        return new TenantHarness(folder, server, CreateClient(server));
    }

    public static HttpClient CreateClient(LocalTenantServer server, bool authenticated = true)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseUri };
        if (authenticated)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LocalTenantOptions.DevelopmentToken);
        }

        return client;
    }

    /// <summary>Stops the server and starts a new one on the same data folder.</summary>
    public async Task RestartAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Server = await LocalTenantServer.StartAsync(new LocalTenantOptions { DataDirectory = _folder.Path });
        Client = CreateClient(Server);
    }

    public async Task<(HttpResponseMessage Response, JsonObject Body)> SendAsync(HttpMethod method, string path, object? json = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = json is JsonNode node
                ? new StringContent(node.ToJsonString(), Encoding.UTF8, "application/json")
                : JsonContent.Create(json);
        }

        configure?.Invoke(request);
        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : new JsonObject();
        return (response, body);
    }

    public async Task<JsonObject> GetJsonAsync(string path)
    {
        var (response, body) = await SendAsync(HttpMethod.Get, path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body.ToJsonString()}");
        return body;
    }

    public async Task<JsonObject> PostJsonAsync(string path, object json, int expectedStatus = 201)
    {
        var (response, body) = await SendAsync(HttpMethod.Post, path, json);
        Assert.True((int)response.StatusCode == expectedStatus, $"POST {path} answered {(int)response.StatusCode}: {body.ToJsonString()}");
        return body;
    }

    public async Task<JsonObject> PutBytesAsync(string path, byte[] content, int expectedStatus)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new ByteArrayContent(content) };
        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"PUT {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        _folder.Dispose();
    }
}
