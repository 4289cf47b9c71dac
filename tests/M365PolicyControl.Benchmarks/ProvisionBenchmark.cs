using System.Diagnostics;
using M365PolicyControl.LocalTenant;
using M365PolicyControl.LocalTenant.Faults;
using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Provisioning;
using M365PolicyControl.SharePoint.Provisioning.Template;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Benchmarks;

/// <summary>
/// <c>provision [--runs N]</c>: round trips, reads, writes and wall time of a full provision from empty and of a
/// no-change re-run, against the local tenant with 0 ms and 100 ms of latency added per request.
/// Targets: from empty at most 25 round trips; re-run at most 6 reads and 0 writes.
/// </summary>
internal static class ProvisionBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length == 2 && args[0] == "--runs" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var template = TemplateLoader.LoadBuiltIn();
        var ok = true;
        Console.WriteLine("latency  scenario      round trips  reads  writes  wall ms (median of " + runs + ")");
        foreach (var latency in new[] { 0, 100 })
        {
            var empty = new List<(ProvisioningResult Result, double Ms)>();
            var rerun = new List<(ProvisioningResult Result, double Ms)>();
            for (var i = 0; i < runs; i++)
            {
                using var data = new TempFolder();
                await using var server = await LocalTenantServer.StartAsync(new LocalTenantOptions
                {
                    DataDirectory = data.Path, Port = 0, Faults = FaultPlan.Parse($"latency:{latency}"),
                });
                using var connection = Connect(server);
                empty.Add(await TimeAsync(connection, template));
                rerun.Add(await TimeAsync(connection, template));
            }

            ok &= Report(latency, "from empty", empty, r => r.Requests <= 25);
            ok &= Report(latency, "no-change", rerun, r => r.Reads <= 6 && r.Writes == 0);
        }

        Console.WriteLine(ok ? "All targets met." : "A target was missed.");
        return ok ? 0 : 1;
    }

    private static async Task<(ProvisioningResult, double)> TimeAsync(TenantConnection connection, ProvisioningTemplate template)
    {
        var clock = Stopwatch.StartNew();
        var result = await new ProvisioningEngine(connection).RunAsync(template, new ProvisioningOptions());
        return (result, clock.Elapsed.TotalMilliseconds);
    }

    private static bool Report(int latency, string scenario, List<(ProvisioningResult Result, double Ms)> runs, Func<ProvisioningResult, bool> target)
    {
        var first = runs[0].Result;
        var median = runs.Select(r => r.Ms).Order().ElementAt(runs.Count / 2);
        var met = runs.All(r => target(r.Result));
        Console.WriteLine($"{latency,4} ms  {scenario,-12} {first.Requests,11}  {first.Reads,5}  {first.Writes,6}  {median,8:0}  {(met ? "ok" : "TARGET MISSED")}");
        return met;
    }

    private static TenantConnection Connect(LocalTenantServer server) => TenantConnection.Open(new TenantConnectionOptions
    {
        GraphBaseUrl = new Uri(server.GraphBaseUrl),
        SiteUrl = new Uri($"https://{server.Hostname}/sites/compliance"),
        Credentials = new TenantCredentials.StaticToken(LocalTenantOptions.DevelopmentToken),
    });
}
