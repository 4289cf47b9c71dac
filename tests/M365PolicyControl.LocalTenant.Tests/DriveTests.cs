using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Tests;

public sealed class DriveTests
{
    [Fact]
    public async Task SimpleUpload_CreatesWith201_ReplacesWith200_AndBumpsETagAndCTag()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var path = tenant.Site + "/drive/root:/Policies/access.docx:/content";

        var created = await tenant.PutBytesAsync(path, Encoding.UTF8.GetBytes("v1"), 201);
        var replaced = await tenant.PutBytesAsync(path, Encoding.UTF8.GetBytes("v2!"), 200);

        Assert.Matches("^\"\\{[0-9A-F-]{36}\\},\\d+\"$", (string)created["eTag"]!);
        Assert.Matches("^\"c:\\{[0-9A-F-]{36}\\},\\d+\"$", (string)created["cTag"]!);
        Assert.Equal((string?)created["id"], (string?)replaced["id"]);
        Assert.NotEqual((string?)created["eTag"], (string?)replaced["eTag"]);
        Assert.NotEqual((string?)created["cTag"], (string?)replaced["cTag"]);
        Assert.Equal(3, (long)replaced["size"]!);
        Assert.Equal("Policies", (string?)replaced["parentReference"]!["name"]);
        Assert.EndsWith("/root:/Policies", (string?)replaced["parentReference"]!["path"]);
    }

    [Fact]
    public async Task Replace_WithStaleIfMatch_Is412()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var created = await tenant.PutBytesAsync(tenant.Site + "/drive/root:/a.docx:/content", [1], 201);
        await tenant.PutBytesAsync($"{tenant.Site}/drive/items/{created["id"]}/content", [2], 200);

        using var request = new HttpRequestMessage(HttpMethod.Put, $"{tenant.Site}/drive/items/{created["id"]}/content") { Content = new ByteArrayContent([3]) };
        request.Headers.TryAddWithoutValidation("If-Match", (string)created["eTag"]!);
        var response = await tenant.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Fact]
    public async Task ConflictBehaviorFail_OnExistingName_Is409NameAlreadyExists()
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.PutBytesAsync(tenant.Site + "/drive/root:/a.docx:/content", [1], 201);

        using var request = new HttpRequestMessage(HttpMethod.Put, tenant.Site + "/drive/root:/a.docx:/content?@microsoft.graph.conflictBehavior=fail") { Content = new ByteArrayContent([2]) };
        var response = await tenant.Client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("nameAlreadyExists", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task Content_Redirects302ToADownloadUrlThatNeedsNoToken()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var created = await tenant.PutBytesAsync(tenant.Site + "/drive/root:/a.docx:/content", Encoding.UTF8.GetBytes("hello"), 201);

        var redirect = await tenant.Client.GetAsync($"{tenant.Site}/drive/items/{created["id"]}/content");
        using var anonymous = TenantHarness.CreateClient(tenant.Server, authenticated: false);
        var download = await anonymous.GetStringAsync(redirect.Headers.Location);
        var tampered = await anonymous.GetAsync(redirect.Headers.Location!.ToString().Replace("tempauth=", "tempauth=0"));

        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("hello", download);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(redirect.Headers.Location!.ToString(), (string?)created["@microsoft.graph.downloadUrl"]);
    }

    [Fact]
    public async Task UploadSession_AcceptsFragmentsInOrder_RefusesAResend_AndCommitsOnTheLast()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var session = await tenant.PostJsonAsync(tenant.Site + "/drive/root:/Plans/contingency.docx:/createUploadSession",
            new JsonObject { ["item"] = new JsonObject { ["@microsoft.graph.conflictBehavior"] = "fail" } }, expectedStatus: 200);
        var uploadUrl = (string)session["uploadUrl"]!;
        var content = Enumerable.Range(0, 1000).Select(index => (byte)index).ToArray();
        using var anonymous = TenantHarness.CreateClient(tenant.Server, authenticated: false);

        var first = await PutRange(anonymous, uploadUrl, content, 0, 399);
        var resend = await PutRange(anonymous, uploadUrl, content, 0, 399);
        var status = JsonNode.Parse(await anonymous.GetStringAsync(uploadUrl))!;
        var second = await PutRange(anonymous, uploadUrl, content, 400, 799);
        var last = await PutRange(anonymous, uploadUrl, content, 800, 999);
        var item = JsonNode.Parse(await last.Content.ReadAsStringAsync())!;

        Assert.StartsWith(tenant.Server.BaseUrl, uploadUrl);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("400-", (string?)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["nextExpectedRanges"]![0]);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, resend.StatusCode);
        Assert.Equal("400-", (string?)status["nextExpectedRanges"]![0]);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(HttpStatusCode.Created, last.StatusCode);
        Assert.Equal(1000, (long)item["size"]!);
        Assert.Equal("contingency.docx", (string?)item["name"]);
    }

    [Fact]
    public async Task Versions_WithMinorVersions_GoFrom01To10_NewestFirst()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var rest = tenant.Server.WebUrl("/sites/compliance") + "/_api/web/lists/GetByTitle('Documents')";
        await RestTests.MergeAsync(tenant, rest, new JsonObject { ["EnableVersioning"] = true, ["EnableMinorVersions"] = true });
        var item = await tenant.PutBytesAsync(tenant.Site + "/drive/root:/p.docx:/content", [1], 201);
        var itemPath = $"{tenant.Site}/drive/items/{item["id"]}";

        await tenant.PostJsonAsync(itemPath + "/checkout", new JsonObject(), expectedStatus: 204);
        await tenant.PutBytesAsync(itemPath + "/content", [2], 200);
        await tenant.PostJsonAsync(itemPath + "/checkin", new JsonObject { ["comment"] = "ready", ["checkInAs"] = "published" }, expectedStatus: 204);
        var versions = await tenant.GetJsonAsync(itemPath + "/versions");
        var listItem = await tenant.GetJsonAsync(itemPath + "/listItem?$expand=fields");
        var firstVersion = await tenant.Client.GetByteArrayAsync(itemPath + "/versions/0.1/content");

        Assert.Equal(["1.0", "0.1"], versions["value"]!.AsArray().Select(version => (string?)version!["id"]));
        Assert.Equal("1.0", (string?)listItem["fields"]!["_UIVersionString"]);
        Assert.Equal("ready", (string?)listItem["fields"]!["_CheckinComment"]);
        Assert.Equal([1], firstVersion);
    }

    private static Task<HttpResponseMessage> PutRange(HttpClient client, string url, byte[] content, int start, int end)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new ByteArrayContent(content[start..(end + 1)]) };
        request.Content.Headers.TryAddWithoutValidation("Content-Range", $"bytes {start}-{end}/{content.Length}");
        return client.SendAsync(request);
    }
}
