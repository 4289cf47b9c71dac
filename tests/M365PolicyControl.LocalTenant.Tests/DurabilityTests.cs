using System.Text;
using System.Text.Json.Nodes;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.LocalTenant.Tests;

public sealed class DurabilityTests
{
    [Fact]
    public async Task Restart_KeepsSitesListsItemsFilesVersionsAndSettings()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var siteBefore = await tenant.GetJsonAsync(tenant.Site);
        var list = await tenant.PostJsonAsync(tenant.Site + "/lists", new JsonObject
        {
            ["displayName"] = "Policy Exceptions",
            ["columns"] = new JsonArray(new JsonObject { ["name"] = "Reason", ["text"] = new JsonObject { ["allowMultipleLines"] = true } }),
        });
        await tenant.PostJsonAsync($"{tenant.Site}/lists/{list["id"]}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = "EX-7", ["Reason"] = "Legacy device" } });
        var file = await tenant.PutBytesAsync(tenant.Site + "/drive/root:/a.docx:/content", Encoding.UTF8.GetBytes("first"), 201);
        await tenant.PutBytesAsync($"{tenant.Site}/drive/items/{file["id"]}/content", Encoding.UTF8.GetBytes("second"), 200);
        await RestTests.MergeAsync(tenant, tenant.Server.WebUrl("/sites/compliance") + "/_api/web/lists/GetByTitle('Documents')", new JsonObject { ["EnableModeration"] = true });

        await tenant.RestartAsync();
        var siteAfter = await tenant.GetJsonAsync(tenant.Site);
        var items = await tenant.GetJsonAsync($"{tenant.Site}/lists/Policy Exceptions/items?$expand=fields");
        var content = await new HttpClient().GetStringAsync((string)(await tenant.GetJsonAsync($"{tenant.Site}/drive/items/{file["id"]}"))["@microsoft.graph.downloadUrl"]!);
        var versions = await tenant.GetJsonAsync($"{tenant.Site}/drive/items/{file["id"]}/versions");
        var settings = await tenant.GetJsonAsync(tenant.Server.WebUrl("/sites/compliance") + "/_api/web/lists/GetByTitle('Documents')");
        var firstVersion = await tenant.Client.GetStringAsync($"{tenant.Site}/drive/items/{file["id"]}/versions/1.0/content");

        Assert.Equal((string?)siteBefore["id"], (string?)siteAfter["id"]);
        Assert.Equal("Legacy device", (string?)Assert.Single(items["value"]!.AsArray())!["fields"]!["Reason"]);
        Assert.Equal("second", content);
        Assert.Equal(["2.0", "1.0"], versions["value"]!.AsArray().Select(version => (string?)version!["id"]));
        Assert.Equal("first", firstVersion);
        Assert.True((bool)settings["EnableModeration"]!);
        Assert.True(File.Exists(Path.Combine(tenant.DataDirectory, "tenant.db")));
    }

    [Fact]
    public async Task NewDataFolder_IsSeededWithRootAndComplianceSitesAndTheDirectory()
    {
        using var folder = new TempFolder();
        await using var tenant = await TenantHarness.StartAsync(folder: folder);

        var sites = await tenant.GetJsonAsync("/v1.0/sites");
        var users = await tenant.GetJsonAsync("/v1.0/users");
        var owner = await tenant.GetJsonAsync("/v1.0/users/olivia.owner@contoso.onmicrosoft.com");
        var byId = await tenant.GetJsonAsync("/v1.0/users/" + (string)owner["id"]!);

        Assert.Equal(["", "compliance"], sites["value"]!.AsArray().Select(site => (string?)site!["name"]));
        Assert.True(users["value"]!.AsArray().Count >= 7);
        Assert.All(users["value"]!.AsArray(), user => Assert.EndsWith("@contoso.onmicrosoft.com", (string?)user!["userPrincipalName"]));
        Assert.Equal("Olivia Owner", (string?)byId["displayName"]);
    }
}
