using System.Net;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Faults;

namespace M365PolicyControl.LocalTenant.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task ScriptedSequence_Gives429WithRetryAfter_Then503WithAndWithout_ThenSuccess()
    {
        await using var tenant = await TenantHarness.StartAsync(FaultPlan.Parse("retryafter:2,seq:429,503,503x,ok"));

        var throttled = await tenant.Client.GetAsync("/v1.0/sites/root");
        var throttledBody = JsonNode.Parse(await throttled.Content.ReadAsStringAsync())!;
        var unavailable = await tenant.Client.GetAsync("/v1.0/sites/root");
        var bare = await tenant.Client.GetAsync("/v1.0/sites/root");
        var served = await tenant.Client.GetAsync("/v1.0/sites/root");
        var afterSequence = await tenant.Client.GetAsync("/v1.0/sites/root");

        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), throttled.Headers.RetryAfter!.Delta);
        Assert.Equal("activityLimitReached", (string?)throttledBody["error"]!["code"]);
        Assert.Equal("throttledRequest", (string?)throttledBody["error"]!["innerError"]!["code"]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.StatusCode);
        Assert.NotNull(unavailable.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, bare.StatusCode);
        Assert.Null(bare.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterSequence.StatusCode);
        Assert.Equal(3, tenant.Server.Stats.FaultsInjected);
    }

    [Fact]
    public async Task Drop_AbortsTheConnectionMidResponse_AfterTheWriteHappened()
    {
        await using var tenant = await TenantHarness.StartAsync(FaultPlan.Parse("seq:ok,drop"));
        var siteId = (string)(await tenant.GetJsonAsync(tenant.Site))["id"]!;

        var dropped = await Record.ExceptionAsync(() => tenant.Client.PostAsync($"/v1.0/sites/{siteId}/lists",
            new StringContent(new JsonObject { ["displayName"] = "Dropped but created" }.ToJsonString(), System.Text.Encoding.UTF8, "application/json")));
        var list = await tenant.GetJsonAsync(tenant.Site + "/lists/Dropped but created");

        Assert.IsType<HttpRequestException>(dropped);
        Assert.Equal("Dropped but created", (string?)list["displayName"]);
    }

    [Fact]
    public async Task BatchParts_CanBeThrottledIndividually()
    {
        await using var tenant = await TenantHarness.StartAsync(FaultPlan.Parse("batchparts:1,seq:ok,429"));
        var batch = new JsonObject
        {
            ["requests"] = new JsonArray(
                new JsonObject { ["id"] = "1", ["method"] = "GET", ["url"] = "/users" },
                new JsonObject { ["id"] = "2", ["method"] = "GET", ["url"] = "/sites/root" }),
        };

        var response = await tenant.PostJsonAsync("/v1.0/$batch", batch, expectedStatus: 200);
        var parts = response["responses"]!.AsArray().ToDictionary(part => (string)part!["id"]!, part => part!);

        Assert.Equal(429, (int)parts["1"]["status"]!);
        Assert.Equal("1", (string?)parts["1"]["headers"]!["Retry-After"]);
        Assert.Equal(200, (int)parts["2"]["status"]!);
    }

    [Fact]
    public async Task Stats_AreServedOverHttp_WithTheRequestLog_AndCanBeReset()
    {
        await using var tenant = await TenantHarness.StartAsync(FaultPlan.Parse("seq:429"));
        await tenant.Client.GetAsync("/v1.0/sites/root");
        await tenant.Client.GetAsync("/v1.0/sites/root");
        await tenant.Client.PostAsync("/v1.0/sites/root/lists", new StringContent("{\"displayName\":\"L\"}", System.Text.Encoding.UTF8, "application/json"));

        var stats = await tenant.GetJsonAsync("/_localtenant/stats?log=true");
        var reset = await tenant.Client.PostAsync("/_localtenant/stats/reset", null);
        var after = await tenant.GetJsonAsync("/_localtenant/stats");

        Assert.Equal(3, (int)stats["roundTrips"]!);
        Assert.Equal(1, (int)stats["reads"]!);
        Assert.Equal(1, (int)stats["writes"]!);
        Assert.Equal(1, (int)stats["faultsInjected"]!);
        var log = stats["requests"]!.AsArray();
        Assert.Equal([429, 200, 201], log.Select(entry => (int)entry!["status"]!));
        Assert.Equal("Throttle", (string?)log[0]!["fault"]);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(0, (int)after["roundTrips"]!);
    }

    [Theory]
    [InlineData("429:0.2,503:0.1,drop:0.05,latency:100", 0.2, 0.1, 0.05, 100)]
    [InlineData("latency:0", 0, 0, 0, 0)]
    public void Parse_Probabilities(string spec, double throttle, double unavailable, double drop, int latencyMs)
    {
        var plan = FaultPlan.Parse(spec);

        Assert.Equal(throttle, plan.ThrottleProbability);
        Assert.Equal(unavailable, plan.UnavailableProbability);
        Assert.Equal(drop, plan.DropProbability);
        Assert.Equal(TimeSpan.FromMilliseconds(latencyMs), plan.Latency);
        Assert.Empty(plan.Sequence);
    }

    [Theory]
    [InlineData("429:2")]
    [InlineData("boom:0.1")]
    [InlineData("seq:429,teapot")]
    [InlineData("latency")]
    public void Parse_BadSpec_ThrowsFormatExceptionNamingThePart(string spec)
    {
        var error = Assert.Throws<FormatException>(() => FaultPlan.Parse(spec));

        Assert.Contains(spec.Split(',')[^1].Replace("seq:", string.Empty), error.Message);
    }
}
