using M365PolicyControl.LocalTenant.Faults;
using M365PolicyControl.SharePoint.Provisioning;

namespace M365PolicyControl.SharePoint.Tests.Provisioning;

/// <summary>
/// Under throttling storms, 503s (with and without Retry-After) and dropped connections, provisioning must end in
/// exactly the state a fault-free run produces. Retry-After is 0 s (or 1 s) in the fault plans to keep the tests short.
/// </summary>
public sealed class FaultToleranceTests
{
    private static readonly Lazy<Task<string>> CleanDump = new(async () =>
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.ProvisionAsync();
        return await tenant.DumpAsync();
    });

    [Theory]
    [InlineData("429:0.3,retryafter:0,seed:3")]
    [InlineData("503:0.2,retryafter:0,seed:5")]
    [InlineData("drop:0.05,seed:7")]
    [InlineData("429:0.1,503:0.1,drop:0.03,retryafter:0,seed:11")]
    [InlineData("retryafter:1,seq:429,503x,503x,drop,429,ok,drop,503,ok,drop")]
    public async Task Faults_leave_exactly_the_fault_free_end_state(string faults)
    {
        await using var tenant = await TenantHarness.StartAsync(FaultPlan.Parse(faults));

        var result = await tenant.ProvisionAsync(options: new ProvisioningOptions { MaxPasses = 12 });

        Assert.True(result.Succeeded, string.Join("; ", result.Failed.Select(f => f.Error)));
        await tenant.RestartAsync();
        Assert.Equal(await CleanDump.Value, await tenant.DumpAsync());
        Assert.Equal(0, (await tenant.ProvisionAsync()).Writes);
    }
}
