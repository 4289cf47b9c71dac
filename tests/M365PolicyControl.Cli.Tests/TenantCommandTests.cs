using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using M365PolicyControl.Cli;
using M365PolicyControl.LocalTenant;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests;

public sealed class TenantCommandTests
{
    [Fact]
    public async Task TenantStart_BadFaultSpec_ExitsWithError()
    {
        using var folder = new TempFolder();

        var exitCode = await PolicyCtl.RunAsync(["tenant", "start", "--data", folder.Path, "--faults", "429:7"]);

        Assert.Equal(ExitCodes.Error, exitCode);
        Assert.False(File.Exists(folder.File("tenant.db")));
    }

    [Fact]
    public async Task TenantStart_ServesUntilCancelled_ThenExitsOk()
    {
        using var folder = new TempFolder();
        var port = FreePort();
        using var stop = new CancellationTokenSource();

        var run = PolicyCtl.RunAsync(["tenant", "start", "--data", folder.Path, "--port", port.ToString()], stop.Token);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LocalTenantOptions.DevelopmentToken);
        var status = await WaitForSiteAsync(client);
        await stop.CancelAsync();
        var exitCode = await run;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.True(File.Exists(folder.File("tenant.db")));
    }

    private static async Task<HttpStatusCode> WaitForSiteAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return (await client.GetAsync("/v1.0/sites/contoso.sharepoint.com:/sites/compliance")).StatusCode;
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
