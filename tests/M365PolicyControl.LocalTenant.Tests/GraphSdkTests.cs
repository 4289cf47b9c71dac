using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Authentication;

namespace M365PolicyControl.LocalTenant.Tests;

/// <summary>The Microsoft Graph SDK (the adapter's client) works against the local tenant unchanged.</summary>
public sealed class GraphSdkTests
{
    [Fact]
    public async Task Sdk_GetsSiteByPath_CreatesLibraryWithColumns_AndPagesItems()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var graph = Client(tenant.Server);

        var site = await graph.Sites["contoso.sharepoint.com:/sites/compliance"].GetAsync();
        var list = await graph.Sites[site!.Id].Lists.PostAsync(new List
        {
            DisplayName = "Requirements",
            ListProp = new ListInfo { Template = "genericList" },
            Columns = [new ColumnDefinition { Name = "Citation", Text = new TextColumn(), Indexed = true }],
        });
        for (var index = 1; index <= 5; index++)
        {
            await graph.Sites[site.Id].Lists[list!.Id].Items.PostAsync(new ListItem
            {
                Fields = new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = $"R{index}", ["Citation"] = $"164.308(a)({index})" } },
            });
        }

        var firstPage = await graph.Sites[site.Id].Lists[list!.Id].Items.GetAsync(request =>
        {
            request.QueryParameters.Expand = ["fields($select=Title,Citation)"];
            request.QueryParameters.Top = 2;
        });
        var titles = new List<string>();
        var iterator = PageIterator<ListItem, ListItemCollectionResponse>.CreatePageIterator(graph, firstPage!, item =>
        {
            titles.Add((string)item.Fields!.AdditionalData["Title"]);
            return true;
        });
        await iterator.IterateAsync();

        Assert.Equal("compliance", site.Name);
        Assert.Equal(["R1", "R2", "R3", "R4", "R5"], titles);
    }

    [Fact]
    public async Task Sdk_UploadsWithLargeFileUploadTask_AndReadsVersions()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var graph = Client(tenant.Server);
        var drive = await graph.Sites["contoso.sharepoint.com:/sites/compliance"].Drive.GetAsync();
        var content = Enumerable.Range(0, 700_000).Select(index => (byte)(index % 251)).ToArray();

        var session = await graph.Drives[drive!.Id].Items["root"].ItemWithPath("Policies/big.docx").CreateUploadSession.PostAsync(
            new Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession.CreateUploadSessionPostRequestBody());
        using var stream = new MemoryStream(content);
        var upload = new LargeFileUploadTask<DriveItem>(session, stream, 320 * 1024, graph.RequestAdapter);
        var result = await upload.UploadAsync();
        using var downloaded = await graph.Drives[drive.Id].Items[result.ItemResponse.Id].Content.GetAsync();
        using var copy = new MemoryStream();
        await downloaded!.CopyToAsync(copy);
        var versions = await graph.Drives[drive.Id].Items[result.ItemResponse.Id].Versions.GetAsync();

        Assert.True(result.UploadSucceeded);
        Assert.Equal(content, copy.ToArray());
        Assert.Equal("1.0", Assert.Single(versions!.Value!).Id);
    }

    [Fact]
    public async Task Sdk_LargeFileUploadTask_ResumesFromTheServersRange_WhenAStoredFragmentIsAnswered503()
    {
        await using var tenant = await TenantHarness.StartAsync(Faults.FaultPlan.Parse("fragment503:2"));
        var graph = Client(tenant.Server);
        var drive = await graph.Sites["contoso.sharepoint.com:/sites/compliance"].Drive.GetAsync();
        var content = Enumerable.Range(0, 700_000).Select(index => (byte)(index % 241)).ToArray();

        var session = await graph.Drives[drive!.Id].Items["root"].ItemWithPath("Policies/resumed.docx").CreateUploadSession.PostAsync(
            new Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession.CreateUploadSessionPostRequestBody());
        using var stream = new MemoryStream(content);
        var upload = new LargeFileUploadTask<DriveItem>(session, stream, 320 * 1024, graph.RequestAdapter);
        // The SDK's RetryHandler resends the 503'd slice, gets 416, and UploadAsync gives up; ResumeAsync
        // reads the session's nextExpectedRanges and sends only what the server lacks.
        var firstAttempt = await Record.ExceptionAsync(() => upload.UploadAsync());
        var result = await upload.ResumeAsync();

        using var downloaded = await graph.Drives[drive.Id].Items[result.ItemResponse.Id].Content.GetAsync();
        using var copy = new MemoryStream();
        await downloaded!.CopyToAsync(copy);

        Assert.IsType<ServiceException>(firstAttempt);
        Assert.True(result.UploadSucceeded);
        Assert.Equal(content, copy.ToArray());
        Assert.Contains(tenant.Server.RequestLog, entry => entry.Status == 503);
        Assert.Contains(tenant.Server.RequestLog, entry => entry.Status == 416);
    }

    [Fact]
    public async Task Sdk_BatchRequestContentCollection_RunsEveryStep()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var graph = Client(tenant.Server);
        var batch = new BatchRequestContentCollection(graph);
        var siteStep = await batch.AddBatchRequestStepAsync(graph.Sites["contoso.sharepoint.com:/sites/compliance"].ToGetRequestInformation());
        var usersStep = await batch.AddBatchRequestStepAsync(graph.Users.ToGetRequestInformation());

        var response = await graph.Batch.PostAsync(batch);
        var site = await response.GetResponseByIdAsync<Site>(siteStep);
        var users = await response.GetResponseByIdAsync<UserCollectionResponse>(usersStep);

        Assert.Equal("compliance", site.Name);
        Assert.Contains(users.Value!, user => user.UserPrincipalName == "admin@contoso.onmicrosoft.com");
    }

    [Fact]
    public async Task Sdk_StaleIfMatch_SurfacesAsODataError412()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var graph = Client(tenant.Server);
        var siteId = (await graph.Sites["contoso.sharepoint.com:/sites/compliance"].GetAsync())!.Id;
        var list = await graph.Sites[siteId].Lists.PostAsync(new List { DisplayName = "Reviews", ListProp = new ListInfo { Template = "genericList" } });
        var item = await graph.Sites[siteId].Lists[list!.Id].Items.PostAsync(new ListItem { Fields = new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "a" } } });
        await graph.Sites[siteId].Lists[list.Id].Items[item!.Id].Fields.PatchAsync(new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "b" } });

        var error = await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() =>
            graph.Sites[siteId].Lists[list.Id].Items[item.Id].Fields.PatchAsync(
                new FieldValueSet { AdditionalData = new Dictionary<string, object> { ["Title"] = "c" } },
                request => request.Headers.Add("If-Match", item.ETag!)));

        Assert.Equal(412, error.ResponseStatusCode);
        Assert.Equal("preconditionFailed", error.Error!.Code);
    }

    [Fact]
    public async Task Sdk_DefaultRetryHandler_HonoursRetryAfterOnAScripted429()
    {
        await using var tenant = await TenantHarness.StartAsync(Faults.FaultPlan.Parse("retryafter:1,seq:429"));
        var graph = new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(new DevTokenProvider()), tenant.Server.GraphBaseUrl);

        var site = await graph.Sites["contoso.sharepoint.com:/sites/compliance"].GetAsync();

        Assert.Equal("compliance", site!.Name);
        Assert.Equal([429, 200], tenant.Server.RequestLog.Select(entry => entry.Status));
    }

    private static GraphServiceClient Client(LocalTenantServer server) =>
        new(new HttpClient(), new BaseBearerTokenAuthenticationProvider(new DevTokenProvider()), server.GraphBaseUrl);

    private sealed class DevTokenProvider : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocalTenantOptions.DevelopmentToken);
    }
}
