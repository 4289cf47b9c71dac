using System.Net;
using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Tests;

/// <summary>Content approval with major/minor versions: Draft (3) -> Pending (2) -> Approved (0) or Denied (1).</summary>
public sealed class ModerationTests
{
    private static async Task<(string Web, string Item, string File)> ModeratedDocumentAsync(TenantHarness tenant, bool forceCheckout = false)
    {
        var web = tenant.Server.WebUrl("/sites/compliance");
        await RestTests.MergeAsync(tenant, web + "/_api/web/lists/GetByTitle('Documents')", new JsonObject
        {
            ["EnableVersioning"] = true, ["EnableMinorVersions"] = true, ["EnableModeration"] = true, ["DraftVersionVisibility"] = 1, ["ForceCheckout"] = forceCheckout,
        });
        var item = await tenant.PutBytesAsync(tenant.Site + "/drive/root:/Policies/access-control.docx:/content", [1, 2, 3], 201);
        return (web, $"{tenant.Site}/drive/items/{item["id"]}", web + "/_api/web/GetFileByServerRelativePath(decodedurl='/sites/compliance/Shared Documents/Policies/access-control.docx')");
    }

    private static async Task<JsonNode> FieldsAsync(TenantHarness tenant, string item) =>
        (await tenant.GetJsonAsync(item + "/listItem?$expand=fields"))["fields"]!;

    [Fact]
    public async Task NewUpload_IsADraftMinorVersion()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var (_, item, _) = await ModeratedDocumentAsync(tenant);

        var fields = await FieldsAsync(tenant, item);

        Assert.Equal("0.1", (string?)fields["_UIVersionString"]);
        Assert.Equal(3, (int)fields["_ModerationStatus"]!);
    }

    [Fact]
    public async Task Publish_MakesAPendingMajor_ApproveMakesItApproved()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var (_, item, file) = await ModeratedDocumentAsync(tenant);

        var published = await RestTests.PostAsync(tenant, file + "/Publish(comment='Submitted for approval')");
        var pending = await FieldsAsync(tenant, item);
        await RestTests.PostAsync(tenant, file + "/Approve(comment='Looks right')");
        var approved = await FieldsAsync(tenant, item);
        var restFile = await tenant.GetJsonAsync(file);

        Assert.True((bool)published["odata.null"]!);
        Assert.Equal("1.0", (string?)pending["_UIVersionString"]);
        Assert.Equal(2, (int)pending["_ModerationStatus"]!);
        Assert.Equal(0, (int)approved["_ModerationStatus"]!);
        Assert.Equal("Looks right", (string?)approved["_ModerationComments"]);
        Assert.Equal(1, (int)restFile["Level"]!);
        Assert.Equal("1.0", (string?)restFile["UIVersionLabel"]);
    }

    [Fact]
    public async Task Deny_MarksTheMajorRejected_AndTheNextEditIsADraftAgain()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var (_, item, file) = await ModeratedDocumentAsync(tenant);
        await RestTests.PostAsync(tenant, file + "/Publish(comment='')");

        await RestTests.PostAsync(tenant, file + "/Deny(comment='Cite 164.308(a)(4)')");
        var denied = await FieldsAsync(tenant, item);
        await tenant.PutBytesAsync(item + "/content", [9], 200);
        var edited = await FieldsAsync(tenant, item);

        Assert.Equal(1, (int)denied["_ModerationStatus"]!);
        Assert.Equal("Cite 164.308(a)(4)", (string?)denied["_ModerationComments"]);
        Assert.Equal("1.1", (string?)edited["_UIVersionString"]);
        Assert.Equal(3, (int)edited["_ModerationStatus"]!);
    }

    [Fact]
    public async Task Approve_WhenNothingIsPending_IsRefused()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var (_, _, file) = await ModeratedDocumentAsync(tenant);
        using var request = new HttpRequestMessage(HttpMethod.Post, file + "/Approve(comment='')");
        request.Headers.Add("Accept", "application/json;odata=nometadata");

        var response = await tenant.Client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(body["odata.error"]);
    }

    [Fact]
    public async Task UnPublish_OfAPendingMajor_ReturnsItToDraft()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var (_, item, file) = await ModeratedDocumentAsync(tenant);
        await RestTests.PostAsync(tenant, file + "/Publish(comment='')");

        await RestTests.PostAsync(tenant, file + "/UnPublish(comment='withdrawn')");
        var fields = await FieldsAsync(tenant, item);

        Assert.Equal("0.2", (string?)fields["_UIVersionString"]);
        Assert.Equal(3, (int)fields["_ModerationStatus"]!);
    }

    [Fact]
    public async Task ForceCheckout_EditWithoutCheckout_Is423_CheckInMajorGoesPending()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var (_, item, file) = await ModeratedDocumentAsync(tenant);
        await RestTests.MergeAsync(tenant, tenant.Server.WebUrl("/sites/compliance") + "/_api/web/lists/GetByTitle('Documents')", new JsonObject { ["ForceCheckout"] = true });

        using var blocked = new HttpRequestMessage(HttpMethod.Put, item + "/content") { Content = new ByteArrayContent([7]) };
        var refused = await tenant.Client.SendAsync(blocked);
        await RestTests.PostAsync(tenant, file + "/CheckOut()");
        var checkedOut = await tenant.GetJsonAsync(file);
        await tenant.PutBytesAsync(item + "/content", [7], 200);
        await RestTests.PostAsync(tenant, file + "/CheckIn(comment='Annual review',checkintype=1)");
        var fields = await FieldsAsync(tenant, item);

        Assert.Equal((HttpStatusCode)423, refused.StatusCode);
        Assert.Equal(255, (int)checkedOut["Level"]!);
        Assert.Equal(0, (int)checkedOut["CheckOutType"]!);
        Assert.Equal("1.0", (string?)fields["_UIVersionString"]);
        Assert.Equal(2, (int)fields["_ModerationStatus"]!);
        Assert.Equal("Annual review", (string?)fields["_CheckinComment"]);
    }
}
