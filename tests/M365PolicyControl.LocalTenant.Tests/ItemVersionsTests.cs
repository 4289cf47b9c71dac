using System.Net;
using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Tests;

/// <summary><c>listItemVersion</c>s over HTTP: each version carries the fields it had when it was recorded.</summary>
public sealed class ItemVersionsTests
{
    private static async Task<(string File, string Versions)> DraftedDocumentAsync(TenantHarness tenant, bool moderated = false)
    {
        var library = tenant.Server.WebUrl("/sites/compliance") + "/_api/web/lists/GetByTitle('Documents')";
        await RestTests.MergeAsync(tenant, library, new JsonObject
        {
            ["EnableVersioning"] = true, ["EnableMinorVersions"] = true, ["EnableModeration"] = moderated,
        });
        var file = await tenant.PutBytesAsync(tenant.Site + "/drive/root:/Policies/audit.docx:/content", [1, 2, 3], 201);
        var filePath = $"{tenant.Site}/drive/items/{file["id"]}";
        var listItem = await tenant.GetJsonAsync(filePath + "/listItem");
        var versions = $"{tenant.Site}/lists/{listItem["parentReference"]!["id"]}/items/{listItem["id"]}/versions";
        return (filePath, versions);
    }

    private static async Task PatchTitleAsync(TenantHarness tenant, string file, string title)
    {
        var (response, body) = await tenant.SendAsync(HttpMethod.Patch, file + "/listItem/fields", new JsonObject { ["Title"] = title });
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
    }

    [Fact]
    public async Task ExpandFields_GivesEachVersionTheValuesItHadThen()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var (file, versions) = await DraftedDocumentAsync(tenant);
        await PatchTitleAsync(tenant, file, "Audit controls v1");
        await PatchTitleAsync(tenant, file, "Audit controls v2");

        var list = (await tenant.GetJsonAsync(versions + "?$expand=fields"))["value"]!.AsArray();
        var bare = (await tenant.GetJsonAsync(versions))["value"]!.AsArray();

        Assert.Equal(["0.3", "0.2", "0.1"], list.Select(version => (string?)version!["id"]));
        Assert.Equal(["Audit controls v2", "Audit controls v1", null], list.Select(version => (string?)version!["fields"]!["Title"]));
        Assert.Equal(["0.3", "0.2", "0.1"], list.Select(version => (string?)version!["fields"]!["_UIVersionString"]));
        Assert.All(list, version => Assert.Equal("audit.docx", (string?)version!["fields"]!["FileLeafRef"]));
        Assert.All(bare, version => Assert.Null(version!["fields"]));
        Assert.NotNull(list[0]!["lastModifiedBy"]!["user"]!["displayName"]);
        Assert.NotNull(list[0]!["lastModifiedDateTime"]);
    }

    [Fact]
    public async Task OneVersion_AndItsFields_AreServedByLabel_AndAnUnknownLabelIs404()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var (file, versions) = await DraftedDocumentAsync(tenant);
        await PatchTitleAsync(tenant, file, "Audit controls");

        var first = await tenant.GetJsonAsync(versions + "/0.1?$expand=fields($select=Title,_UIVersionString)");
        var secondFields = await tenant.GetJsonAsync(versions + "/0.2/fields");
        var (missing, error) = await tenant.SendAsync(HttpMethod.Get, versions + "/7.0/fields");

        Assert.Equal("0.1", (string?)first["id"]);
        Assert.Null(first["published"]);
        Assert.Null(first["fields"]!["Title"]);
        Assert.Equal("0.1", (string?)first["fields"]!["_UIVersionString"]);
        Assert.Null(first["fields"]!["FileLeafRef"]);
        Assert.Equal("Audit controls", (string?)secondFields["Title"]);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("itemNotFound", (string?)error["error"]!["code"]);
    }

    [Fact]
    public async Task PublishedMajor_IsMarkedPublished_AndApprovalShowsInItsFieldsOnly()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var (_, versions) = await DraftedDocumentAsync(tenant, moderated: true);
        var rest = tenant.Server.WebUrl("/sites/compliance") +
                   "/_api/web/GetFileByServerRelativePath(decodedurl='/sites/compliance/Shared Documents/Policies/audit.docx')";
        await RestTests.PostAsync(tenant, rest + "/Publish(comment='Submitted')");
        await RestTests.PostAsync(tenant, rest + "/Approve(comment='Approved')");

        var list = (await tenant.GetJsonAsync(versions + "?$expand=fields"))["value"]!.AsArray();

        Assert.Equal(["1.0", "0.1"], list.Select(version => (string?)version!["id"]));
        Assert.Equal("published", (string?)list[0]!["published"]!["level"]);
        Assert.Equal(0, (int)list[0]!["fields"]!["_ModerationStatus"]!);
        Assert.Equal(3, (int)list[1]!["fields"]!["_ModerationStatus"]!);
    }

    [Fact]
    public async Task VersionFields_SurviveARestart()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var (file, versions) = await DraftedDocumentAsync(tenant);
        await PatchTitleAsync(tenant, file, "Before restart");
        await PatchTitleAsync(tenant, file, "Current");

        await tenant.RestartAsync();
        var fields = await tenant.GetJsonAsync(versions + "/0.2/fields");

        Assert.Equal("Before restart", (string?)fields["Title"]);
    }
}
