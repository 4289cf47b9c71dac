using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.LocalTenant;
using M365PolicyControl.Reports.Matrix;
using M365PolicyControl.Reports.Packet;
using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Lifecycle;
using M365PolicyControl.SharePoint.Lifecycle.Gateway;
using M365PolicyControl.SharePoint.Provisioning;
using M365PolicyControl.SharePoint.Provisioning.Template;
using M365PolicyControl.TestSupport;
using M365PolicyControl.Word.Adapters;
using M365PolicyControl.Word.Conversion;
using Microsoft.Extensions.Logging.Abstractions;

namespace M365PolicyControl.Benchmarks;

/// <summary>
/// <c>reports [--documents N]</c>: the coverage matrix and the evidence packet over a library of N (default 10,000)
/// effective documents. The local tenant runs in its own process so the working set measured is the client's.
/// Targets: matrix within 5 s and at most 60 round trips; evidence packet peak working set at most 300 MB.
/// <c>--data DIR</c> keeps the seeded tenant in DIR and reuses it when a run with the same N seeded it before.
/// </summary>
internal static class ReportsBenchmark
{
    private const int SeedWorkers = 8;

    public static async Task<int> RunAsync(string[] args)
    {
        var documents = Option(args, "--documents") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        using var data = new TempFolder();
        var tenantFolder = Option(args, "--data") is { } kept ? Path.GetFullPath(kept) : data.File("tenant");
        var seededMarker = Path.Combine(tenantFolder, $"seeded-{documents}");
        var port = FreePort();
        using var tenant = StartTenantProcess(tenantFolder, port);
        try
        {
            await WaitForTenantAsync(port);
            if (File.Exists(seededMarker))
            {
                Console.WriteLine($"Reusing the {documents} documents seeded in {tenantFolder}.");
            }
            else
            {
                using var setup = Connect(port);
                await new ProvisioningEngine(setup).RunAsync(TemplateLoader.LoadBuiltIn(), new ProvisioningOptions());
                var clock = Stopwatch.StartNew();
                await ReportsSeeder.SeedAsync(setup, port, documents, SeedWorkers);
                Console.WriteLine($"Seeded {documents} documents in {clock.Elapsed.TotalSeconds:F1} s.");
                await File.WriteAllTextAsync(seededMarker, DateTimeOffset.UtcNow.ToString("O"));
            }

            var matrixOk = await MeasureMatrixAsync(port, data.File("matrix.xlsx"), documents);
            var packetOk = await MeasurePacketAsync(port, data.File("packet.zip"));
            Console.WriteLine(matrixOk && packetOk ? "All targets met." : "A target was missed.");
            return matrixOk && packetOk ? 0 : 1;
        }
        finally
        {
            tenant.Kill(entireProcessTree: true);
        }
    }

    private static async Task<bool> MeasureMatrixAsync(int port, string path, int documents)
    {
        using var connection = Connect(port);
        await ResetTenantStatsAsync(port);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var service = await ServiceAsync(connection);
        var connected = clock.Elapsed;
        var input = await service.CoverageInputAsync();
        var listed = clock.Elapsed;
        var report = CoverageCalculator.Compute(input);
        var computed = clock.Elapsed;
        await MatrixWriter.WriteToFileAsync(report, MatrixFormat.Xlsx, path);
        var elapsed = clock.Elapsed;
        var trips = connection.Stats.RoundTrips;
        Console.WriteLine($"matrix: {report.Documents.Count} documents, {elapsed.TotalSeconds:F2} s, {trips} round trips (targets 5 s, 60); " +
            $"connect {connected.TotalSeconds:F2} s, list {(listed - connected).TotalSeconds:F2} s, compute {(computed - listed).TotalSeconds:F2} s, " +
            $"write {(elapsed - computed).TotalSeconds:F2} s, tenant serving {await TenantServingSecondsAsync(port):F2} s, " +
            $"client CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:F2} s");
        return report.Documents.Count == documents && elapsed.TotalSeconds <= 5 && trips <= 60;
    }

    private static async Task<bool> MeasurePacketAsync(int port, string path)
    {
        using var connection = Connect(port);
        using var sampler = new WorkingSetSampler();
        var clock = Stopwatch.StartNew();
        var service = await ServiceAsync(connection);
        var input = await EvidenceSource.ReadAsync(service, service.Today, CancellationToken.None);
        var manifest = await EvidencePacketWriter.WriteToFileAsync(input, path);
        var peak = sampler.Stop();
        Console.WriteLine($"evidence: {manifest.Files.Count} files, {new FileInfo(path).Length / 1048576.0:F1} MB zip, {clock.Elapsed.TotalSeconds:F1} s, " +
            $"{connection.Stats.RoundTrips} round trips, peak working set {peak / 1048576.0:F0} MB sampled, " +
            $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB process peak (target 300 MB)");
        return peak <= 300L * 1024 * 1024;
    }

    private static async Task<PolicyLifecycleService> ServiceAsync(TenantConnection connection)
    {
        var parser = new CitationParser(SecurityRuleCatalog.Default);
        var library = await SharePointPolicyLibrary.ConnectAsync(connection);
        return new PolicyLifecycleService(library, new WordContentReader(), new WordStamper(parser), parser, TimeProvider.System, NullLogger<PolicyLifecycleService>.Instance);
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

    internal static TenantConnection Connect(int port) => TenantConnection.Open(new TenantConnectionOptions
    {
        GraphBaseUrl = new Uri($"http://127.0.0.1:{port}/v1.0"),
        SiteUrl = new Uri("https://contoso.sharepoint.com/sites/compliance"),
        Credentials = new TenantCredentials.StaticToken(LocalTenantOptions.DevelopmentToken),
    });

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process StartTenantProcess(string dataDirectory, int port)
    {
        var policyctl = Path.Combine(AppContext.BaseDirectory, "policyctl.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { policyctl, "tenant", "start", "--data", dataDirectory, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the local tenant process.");
    }

    private static HttpClient DiagnosticsClient()
    {
        var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LocalTenantOptions.DevelopmentToken);
        return http;
    }

    private static async Task ResetTenantStatsAsync(int port)
    {
        using var http = DiagnosticsClient();
        using var response = await http.PostAsync(new Uri($"http://127.0.0.1:{port}/_localtenant/stats/reset"), null);
    }

    private static async Task<double> TenantServingSecondsAsync(int port)
    {
        using var http = DiagnosticsClient();
        var stats = JsonNode.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/_localtenant/stats?log=true")))!;
        return stats["requests"]!.AsArray().Sum(entry => entry!["durationMs"]!.GetValue<double>()) / 1000;
    }

    private static async Task WaitForTenantAsync(int port)
    {
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/_localtenant/stats"));
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException($"The local tenant did not answer on port {port}.");
    }
}
