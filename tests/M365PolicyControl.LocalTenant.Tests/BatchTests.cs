using System.Net;
using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Tests;

public sealed class BatchTests
{
    private static JsonObject Part(string id, string method, string url, JsonNode? body = null, params string[] dependsOn)
    {
        var part = new JsonObject { ["id"] = id, ["method"] = method, ["url"] = url };
        if (body is not null)
        {
            part["body"] = body;
            part["headers"] = new JsonObject { ["Content-Type"] = "application/json" };
        }

        if (dependsOn.Length > 0)
        {
            part["dependsOn"] = new JsonArray(dependsOn.Select(value => (JsonNode?)value).ToArray());
        }

        return part;
    }

    [Fact]
    public async Task Batch_RunsDependentPartsInOrder_AndReportsEachStatus()
    {
        await using var tenant = await TenantHarness.StartAsync();
        const string Site = "/sites/contoso.sharepoint.com:/sites/compliance:";
        var batch = new JsonObject
        {
            ["requests"] = new JsonArray(
                Part("3", "POST", Site + "/lists/Exceptions/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = "EX-1" } }, "2"),
                Part("2", "POST", Site + "/lists/Exceptions/columns", new JsonObject { ["name"] = "Expires", ["dateTime"] = new JsonObject() }, "1"),
                Part("1", "POST", Site + "/lists", new JsonObject { ["displayName"] = "Exceptions" }),
                Part("4", "GET", "/users/alice.approver@contoso.onmicrosoft.com")),
        };

        var response = await tenant.PostJsonAsync("/v1.0/$batch", batch, expectedStatus: 200);
        var parts = response["responses"]!.AsArray().ToDictionary(part => (string)part!["id"]!, part => part!);

        Assert.Equal(201, (int)parts["1"]["status"]!);
        Assert.Equal(201, (int)parts["2"]["status"]!);
        Assert.Equal(201, (int)parts["3"]["status"]!);
        Assert.Equal(200, (int)parts["4"]["status"]!);
        Assert.Equal("EX-1", (string?)parts["3"]["body"]!["fields"]!["Title"]);
        Assert.StartsWith("application/json", (string?)parts["4"]["headers"]!["Content-Type"]);
    }

    [Fact]
    public async Task Batch_FailedDependency_Gives424()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var batch = new JsonObject
        {
            ["requests"] = new JsonArray(
                Part("1", "GET", "/sites/contoso.sharepoint.com:/sites/nowhere"),
                Part("2", "GET", "/users", null, "1")),
        };

        var response = await tenant.PostJsonAsync("/v1.0/$batch", batch, expectedStatus: 200);
        var parts = response["responses"]!.AsArray().ToDictionary(part => (string)part!["id"]!, part => part!);

        Assert.Equal(404, (int)parts["1"]["status"]!);
        Assert.Equal("itemNotFound", (string?)parts["1"]["body"]!["error"]!["code"]);
        Assert.Equal(424, (int)parts["2"]["status"]!);
    }

    [Fact]
    public async Task Batch_Over20Requests_Is400()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var batch = new JsonObject { ["requests"] = new JsonArray(Enumerable.Range(1, 21).Select(index => (JsonNode?)Part(index.ToString(), "GET", "/users")).ToArray()) };

        var (response, _) = await tenant.SendAsync(HttpMethod.Post, "/v1.0/$batch", batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Batch_DuplicateIds_Is400()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var batch = new JsonObject { ["requests"] = new JsonArray(Part("a", "GET", "/users"), Part("A", "GET", "/users")) };

        var (response, _) = await tenant.SendAsync(HttpMethod.Post, "/v1.0/$batch", batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Batch_IsOneRoundTrip_ButEachPartCountsAsAReadOrWrite()
    {
        await using var tenant = await TenantHarness.StartAsync();
        tenant.Server.Stats.Reset();
        var batch = new JsonObject
        {
            ["requests"] = new JsonArray(
                Part("1", "POST", "/sites/root/lists", new JsonObject { ["displayName"] = "Acknowledgments" }),
                Part("2", "GET", "/users")),
        };

        await tenant.PostJsonAsync("/v1.0/$batch", batch, expectedStatus: 200);

        Assert.Equal(1, tenant.Server.Stats.RoundTrips);
        Assert.Equal(1, tenant.Server.Stats.Writes);
        Assert.Equal(1, tenant.Server.Stats.Reads);
    }
}
