using System.Net;

namespace M365PolicyControl.LocalTenant.Tests;

public sealed class SitesTests
{
    [Fact]
    public async Task Request_WithoutBearerToken_Is401WithGraphErrorBody()
    {
        await using var tenant = await TenantHarness.StartAsync();
        using var anonymous = TenantHarness.CreateClient(tenant.Server, authenticated: false);

        var response = await anonymous.GetAsync("/v1.0/sites/root");
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("InvalidAuthenticationToken", (string?)body["error"]!["code"]);
        Assert.NotNull(body["error"]!["innerError"]!["request-id"]);
        Assert.NotNull(body["error"]!["innerError"]!["date"]);
    }

    [Fact]
    public async Task Request_WithWrongToken_Is401()
    {
        await using var tenant = await TenantHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1.0/sites/root");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-the-token");

        var response = await TenantHarness.CreateClient(tenant.Server, authenticated: false).SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/v1.0/sites/contoso.sharepoint.com:/sites/compliance")]
    [InlineData("/v1.0/sites/contoso.sharepoint.com:/sites/compliance:")]
    [InlineData("/v1.0/sites/contoso.sharepoint.com:%2Fsites%2Fcompliance")]
    [InlineData("/v1.0/sites/contoso.sharepoint.com%3A%2Fsites%2Fcompliance")]
    [InlineData("/v1.0/sites/contoso.sharepoint.com%3A%2Fsites%2Fcompliance%3A")]
    public async Task SiteByPath_AcceptsEncodedAndDecodedForms(string path)
    {
        await using var tenant = await TenantHarness.StartAsync();

        var site = await tenant.GetJsonAsync(path);

        Assert.Equal("compliance", (string?)site["name"]);
        Assert.Equal(tenant.Server.BaseUrl + "/sites/compliance", (string?)site["webUrl"]);
        var idParts = ((string)site["id"]!).Split(',');
        Assert.Equal(3, idParts.Length);
        Assert.Equal("contoso.sharepoint.com", idParts[0]);
        Assert.True(Guid.TryParse(idParts[1], out _) && Guid.TryParse(idParts[2], out _));
    }

    [Fact]
    public async Task SiteById_EncodedCommas_FindsTheSameSite()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var byPath = await tenant.GetJsonAsync(tenant.Site);

        var byId = await tenant.GetJsonAsync("/v1.0/sites/" + Uri.EscapeDataString((string)byPath["id"]!));

        Assert.Equal((string?)byPath["id"], (string?)byId["id"]);
        Assert.Null(byId["sharepointIds"]);
    }

    [Fact]
    public async Task Responses_CarryJsonContentType_AndRequestIdsMatchingTheErrorBody()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var clientRequestId = Guid.NewGuid().ToString();

        var (response, body) = await tenant.SendAsync(HttpMethod.Get, "/v1.0/sites/contoso.sharepoint.com:/sites/missing",
            configure: request => request.Headers.Add("client-request-id", clientRequestId));

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(clientRequestId, Assert.Single(response.Headers.GetValues("client-request-id")));
        Assert.Equal(clientRequestId, (string?)body["error"]!["innerError"]!["client-request-id"]);
        Assert.Equal(Assert.Single(response.Headers.GetValues("request-id")), (string?)body["error"]!["innerError"]!["request-id"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$", (string)body["error"]!["innerError"]!["date"]!);
    }

    [Fact]
    public async Task UnknownSite_Is404ItemNotFound()
    {
        await using var tenant = await TenantHarness.StartAsync();

        var (response, body) = await tenant.SendAsync(HttpMethod.Get, "/v1.0/sites/contoso.sharepoint.com:/sites/nowhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("itemNotFound", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task Drive_OfSeededSite_IsADocumentLibrary()
    {
        await using var tenant = await TenantHarness.StartAsync();

        var drive = await tenant.GetJsonAsync(tenant.Site + "/drive");

        Assert.Equal("documentLibrary", (string?)drive["driveType"]);
        Assert.StartsWith("b!", (string?)drive["id"]);
    }
}
