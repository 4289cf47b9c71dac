using System.Net;
using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Tests;

public sealed class ItemsTests
{
    private static async Task<string> CreateRegisterAsync(TenantHarness tenant, int rows)
    {
        var list = await tenant.PostJsonAsync(tenant.Site + "/lists", new JsonObject
        {
            ["displayName"] = "Requirements",
            ["columns"] = new JsonArray(
                new JsonObject { ["name"] = "Citation", ["text"] = new JsonObject(), ["indexed"] = true, ["enforceUniqueValues"] = true },
                new JsonObject { ["name"] = "Safeguard", ["choice"] = new JsonObject { ["choices"] = new JsonArray("Administrative", "Technical") } },
                new JsonObject { ["name"] = "Regions", ["choice"] = new JsonObject { ["choices"] = new JsonArray("EU", "US"), ["displayAs"] = "checkBoxes" } },
                new JsonObject { ["name"] = "Owner", ["personOrGroup"] = new JsonObject() }),
        });
        var items = $"{tenant.Site}/lists/{list["id"]}/items";
        for (var index = 1; index <= rows; index++)
        {
            await tenant.PostJsonAsync(items, new JsonObject
            {
                ["fields"] = new JsonObject { ["Title"] = $"R{index}", ["Citation"] = $"164.308(a)({index})", ["Safeguard"] = index % 2 == 0 ? "Technical" : "Administrative" },
            });
        }

        return items;
    }

    [Fact]
    public async Task Items_PageThroughAbsoluteNextLinks_UntilTheLastPageHasNone()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var items = await CreateRegisterAsync(tenant, 5);

        var titles = new List<string>();
        string? next = items + "?$expand=fields($select=Title)&$top=2";
        var pages = 0;
        while (next is not null)
        {
            var page = await tenant.GetJsonAsync(next);
            titles.AddRange(page["value"]!.AsArray().Select(item => (string)item!["fields"]!["Title"]!));
            next = (string?)page["@odata.nextLink"];
            Assert.True(next is null || next.StartsWith(tenant.Server.BaseUrl + "/v1.0/", StringComparison.Ordinal), next);
            Assert.True(next is null || next.Contains("$skiptoken=", StringComparison.Ordinal), next);
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(["R1", "R2", "R3", "R4", "R5"], titles);
    }

    [Fact]
    public async Task Filter_OnIndexedColumn_ReturnsMatchesOnly()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var items = await CreateRegisterAsync(tenant, 3);

        var page = await tenant.GetJsonAsync(items + "?$expand=fields&$filter=fields/Citation eq '164.308(a)(2)'");

        var item = Assert.Single(page["value"]!.AsArray())!;
        Assert.Equal("R2", (string?)item["fields"]!["Title"]);
        Assert.Equal("2", (string?)item["fields"]!["id"]);
    }

    [Fact]
    public async Task Filter_OnNonIndexedColumn_NeedsThePreferHeader()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var items = await CreateRegisterAsync(tenant, 4);
        var query = items + "?$expand=fields&$filter=fields/Safeguard eq 'Technical' and fields/Citation eq '164.308(a)(4)'";

        var (refused, error) = await tenant.SendAsync(HttpMethod.Get, query);
        var (allowed, page) = await tenant.SendAsync(HttpMethod.Get, query, configure: request => request.Headers.Add("Prefer", "HonorNonIndexedQueriesWarningMayFailRandomly"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("cannot be referenced in filter or orderby as it is not indexed", (string?)error["error"]!["message"]);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal("R4", (string?)Assert.Single(page["value"]!.AsArray())!["fields"]!["Title"]);
    }

    [Fact]
    public async Task PatchFields_WithStaleETag_Is412AndChangesNothing()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var items = await CreateRegisterAsync(tenant, 1);
        var item = await tenant.GetJsonAsync(items + "/1");
        var staleETag = (string)item["eTag"]!;
        await tenant.SendAsync(HttpMethod.Patch, items + "/1/fields", new JsonObject { ["Title"] = "changed once" });

        var (response, body) = await tenant.SendAsync(HttpMethod.Patch, items + "/1/fields", new JsonObject { ["Title"] = "changed twice" },
            request => request.Headers.TryAddWithoutValidation("If-Match", staleETag));
        var after = await tenant.GetJsonAsync(items + "/1/fields");

        Assert.Matches("^\"\\{[0-9A-F-]{36}\\},1\"$", staleETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("preconditionFailed", (string?)body["error"]!["code"]);
        Assert.Equal("changed once", (string?)after["Title"]);
    }

    [Fact]
    public async Task PatchFields_AnswersTheWholeFieldSetWithTypedValues()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var items = await CreateRegisterAsync(tenant, 1);

        var (response, fields) = await tenant.SendAsync(HttpMethod.Patch, items + "/1/fields", new JsonObject
        {
            ["OwnerLookupId"] = 7,
            ["Regions@odata.type"] = "Collection(Edm.String)",
            ["Regions"] = new JsonArray("EU", "US"),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("7", (string?)fields["OwnerLookupId"]);
        Assert.Equal(["EU", "US"], fields["Regions"]!.AsArray().Select(value => (string?)value));
        Assert.Equal("R1", (string?)fields["Title"]);
        Assert.Matches("^\"[0-9a-f-]{36},\\d+\"$", (string)fields["@odata.etag"]!);
    }

    [Fact]
    public async Task MultiValueWrite_WithoutCollectionAnnotation_Is400()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var items = await CreateRegisterAsync(tenant, 1);

        var (response, _) = await tenant.SendAsync(HttpMethod.Patch, items + "/1/fields", new JsonObject { ["Regions"] = new JsonArray("EU") });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UniqueColumn_DuplicateValue_IsRefused()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var items = await CreateRegisterAsync(tenant, 1);

        var (response, _) = await tenant.SendAsync(HttpMethod.Post, items, new JsonObject { ["fields"] = new JsonObject { ["Citation"] = "164.308(a)(1)" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task UnknownField_Is400InvalidRequest()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var items = await CreateRegisterAsync(tenant, 0);

        var (response, body) = await tenant.SendAsync(HttpMethod.Post, items, new JsonObject { ["fields"] = new JsonObject { ["NoSuchField"] = "x" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Field 'NoSuchField' is not recognized", (string?)body["error"]!["message"]);
    }
}
