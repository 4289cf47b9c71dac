using System.Net;
using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Tests;

public sealed class ListsAndColumnsTests
{
    private static JsonObject LibraryWithColumns(string name = "Security Policies") => new()
    {
        ["displayName"] = name,
        ["list"] = new JsonObject { ["template"] = "documentLibrary" },
        ["columns"] = new JsonArray(
            new JsonObject { ["name"] = "PolicyId", ["text"] = new JsonObject { ["maxLength"] = 50 }, ["indexed"] = true, ["enforceUniqueValues"] = true, ["required"] = true },
            new JsonObject { ["name"] = "DocumentKind", ["choice"] = new JsonObject { ["choices"] = new JsonArray("Policy", "Procedure") } },
            new JsonObject { ["name"] = "PolicyOwner", ["personOrGroup"] = new JsonObject { ["chooseFromType"] = "peopleOnly" } },
            new JsonObject { ["name"] = "ReviewCadenceMonths", ["number"] = new JsonObject(), ["defaultValue"] = new JsonObject { ["value"] = "12" } },
            new JsonObject { ["name"] = "SourceLink", ["hyperlinkOrPicture"] = new JsonObject { ["isPicture"] = false } }),
    };

    [Fact]
    public async Task CreateLibrary_WithColumnsInOnePost_Is201WithDriveAndColumns()
    {
        await using var tenant = await TenantHarness.StartAsync();

        var list = await tenant.PostJsonAsync(tenant.Site + "/lists", LibraryWithColumns());
        var expanded = await tenant.GetJsonAsync($"{tenant.Site}/lists/{list["id"]}?$expand=columns");
        var drive = await tenant.GetJsonAsync($"{tenant.Site}/lists/{list["id"]}/drive");

        Assert.Equal("documentLibrary", (string?)list["list"]!["template"]);
        Assert.True(Guid.TryParse((string?)list["id"], out _));
        var columns = expanded["columns"]!.AsArray().Select(column => column!.AsObject()).ToList();
        var policyId = columns.Single(column => (string?)column["name"] == "PolicyId");
        Assert.True((bool)policyId["enforceUniqueValues"]!);
        Assert.Equal(50, (int)policyId["text"]!["maxLength"]!);
        Assert.Contains(columns, column => (string?)column["name"] == "FileLeafRef");
        Assert.DoesNotContain(columns, column => column.ContainsKey("hyperlinkOrPicture"));
        Assert.StartsWith("b!", (string?)drive["id"]);
    }

    [Fact]
    public async Task List_ByDisplayNameOrFilter_IsFound()
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.PostJsonAsync(tenant.Site + "/lists", LibraryWithColumns());

        var byName = await tenant.GetJsonAsync(tenant.Site + "/lists/Security Policies");
        var filtered = await tenant.GetJsonAsync(tenant.Site + "/lists?$filter=displayName eq 'Security Policies'&$select=id,displayName");

        var only = Assert.Single(filtered["value"]!.AsArray())!.AsObject();
        Assert.Equal((string?)byName["id"], (string?)only["id"]);
        Assert.Null(only["list"]);
    }

    [Fact]
    public async Task CreateList_TwiceWithSameTitle_Is409()
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.PostJsonAsync(tenant.Site + "/lists", LibraryWithColumns());

        var (response, body) = await tenant.SendAsync(HttpMethod.Post, tenant.Site + "/lists", LibraryWithColumns());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("nameAlreadyExists", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task LookupColumn_ToMissingList_Is400()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var body = new JsonObject
        {
            ["displayName"] = "Exceptions",
            ["columns"] = new JsonArray(new JsonObject { ["name"] = "Policy", ["lookup"] = new JsonObject { ["listId"] = Guid.NewGuid().ToString(), ["columnName"] = "Title" } }),
        };

        var (response, error) = await tenant.SendAsync(HttpMethod.Post, tenant.Site + "/lists", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalidRequest", (string?)error["error"]!["code"]);
    }

    [Fact]
    public async Task HiddenColumns_AreListedOnlyWhenHiddenIsSelected()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var list = await tenant.PostJsonAsync(tenant.Site + "/lists", LibraryWithColumns());

        var plain = await tenant.GetJsonAsync($"{tenant.Site}/lists/{list["id"]}/columns");
        var withHidden = await tenant.GetJsonAsync($"{tenant.Site}/lists/{list["id"]}/columns?$select=name,hidden");

        static IEnumerable<string?> Names(JsonObject page) => page["value"]!.AsArray().Select(column => (string?)column!["name"]);
        Assert.DoesNotContain("_ModerationStatus", Names(plain));
        Assert.Contains("_ModerationStatus", Names(withHidden));
    }

    [Fact]
    public async Task Column_PostPatchDelete_FollowsGraphStatusCodes()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var list = await tenant.PostJsonAsync(tenant.Site + "/lists", new JsonObject { ["displayName"] = "Reviews" });
        var columns = $"{tenant.Site}/lists/{list["id"]}/columns";

        var created = await tenant.PostJsonAsync(columns, new JsonObject { ["name"] = "Outcome", ["choice"] = new JsonObject { ["choices"] = new JsonArray("No change") } });
        var (patched, patchedBody) = await tenant.SendAsync(HttpMethod.Patch, $"{columns}/{created["id"]}", new JsonObject { ["indexed"] = true, ["description"] = "Review outcome" });
        var (duplicate, _) = await tenant.SendAsync(HttpMethod.Post, columns, new JsonObject { ["name"] = "Outcome", ["text"] = new JsonObject() });
        var (deleted, _) = await tenant.SendAsync(HttpMethod.Delete, $"{columns}/Outcome");
        var (gone, _) = await tenant.SendAsync(HttpMethod.Get, $"{columns}/{created["id"]}");

        Assert.Equal("dropDownMenu", (string?)created["choice"]!["displayAs"]);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.True((bool)patchedBody["indexed"]!);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task UniqueValues_OnColumnThatIsNotIndexed_Is400()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var list = await tenant.PostJsonAsync(tenant.Site + "/lists", new JsonObject { ["displayName"] = "Reviews" });

        var (response, _) = await tenant.SendAsync(HttpMethod.Post, $"{tenant.Site}/lists/{list["id"]}/columns",
            new JsonObject { ["name"] = "Code", ["text"] = new JsonObject(), ["enforceUniqueValues"] = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
