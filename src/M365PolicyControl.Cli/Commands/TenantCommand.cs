using System.CommandLine;
using M365PolicyControl.LocalTenant;
using M365PolicyControl.LocalTenant.Faults;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl tenant start [--data DIR] [--port N] [--faults SPEC]</c>: runs the local tenant in the foreground.</summary>
internal static class TenantCommand
{
    public static Command Create()
    {
        var tenant = new Command("tenant", "The embedded local tenant (Graph and SharePoint REST on 127.0.0.1).");
        tenant.Subcommands.Add(CreateStart());
        return tenant;
    }

    private static Command CreateStart()
    {
        var data = new Option<string>("--data") { Description = "Data folder holding tenant.db (default ./.policycontrol).", DefaultValueFactory = _ => LocalTenantOptions.DefaultDataDirectory };
        var port = new Option<int>("--port") { Description = "Loopback port; 0 picks a free one.", DefaultValueFactory = _ => 0 };
        var faults = new Option<string?>("--faults") { Description = "Faults to inject, e.g. '429:0.2,503:0.1,drop:0.05,latency:100,retryafter:1' or 'seq:429,503,ok,drop'; " +
                          "'fragment503:N' stores the N-th upload-session fragment, then answers 503 with Retry-After." };
        var start = new Command("start", "Start the local tenant and serve until Ctrl+C.") { data, port, faults };
        start.SetAction(async (parseResult, cancellationToken) =>
        {
            FaultPlan plan;
            try
            {
                plan = FaultPlan.Parse(parseResult.GetValue(faults));
            }
            catch (FormatException exception)
            {
                await Console.Error.WriteLineAsync($"--faults: {exception.Message}");
                return ExitCodes.Error;
            }

            return await RunAsync(new LocalTenantOptions { DataDirectory = parseResult.GetValue(data)!, Port = parseResult.GetValue(port), Faults = plan }, cancellationToken);
        });
        return start;
    }

    private static async Task<int> RunAsync(LocalTenantOptions options, CancellationToken cancellationToken)
    {
        LocalTenantServer server;
        try
        {
            server = await LocalTenantServer.StartAsync(options, cancellationToken: cancellationToken);
        }
        catch (IOException exception)
        {
            await Console.Error.WriteLineAsync($"tenant start: cannot listen on 127.0.0.1:{options.Port}: {exception.Message}");
            return ExitCodes.Error;
        }

        await using (server)
        {
            Console.WriteLine($"Local tenant on {server.BaseUrl}");
            Console.WriteLine($"  Graph:    {server.GraphBaseUrl}  (sites: /sites/{server.Hostname}:/sites/compliance)");
            Console.WriteLine($"  REST:     {server.WebUrl("/sites/compliance")}/_api");
            Console.WriteLine($"  Token:    Bearer {LocalTenantOptions.DevelopmentToken}");
            Console.WriteLine($"  Data:     {Path.GetFullPath(options.DataDirectory)}");
            Console.WriteLine($"  Stats:    {server.BaseUrl}/_localtenant/stats");
            Console.WriteLine("Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("Stopping.");
            }
        }

        return ExitCodes.Ok;
    }
}
