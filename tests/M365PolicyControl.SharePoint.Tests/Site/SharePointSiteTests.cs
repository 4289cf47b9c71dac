using M365PolicyControl.SharePoint.Site;
using M365PolicyControl.SharePoint.Tests.Provisioning;

namespace M365PolicyControl.SharePoint.Tests.Site;

/// <summary>The lifecycle's adapter surface against the local tenant, after provisioning.</summary>
public sealed class SharePointSiteTests
{
    [Fact]
    public async Task Field_updates_carry_the_eTag_and_a_stale_one_is_refused()
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.ProvisionAsync();
        var site = new SharePointSite(tenant.Connection);
        var reviews = (await site.FindListAsync("Policy Reviews"))!;
        var created = await site.CreateItemAsync(reviews.Id, new Dictionary<string, object?> { ["Title"] = "Annual review", ["Findings"] = "none" });
        var current = (await site.GetItemAsync(reviews.Id, created.Id))!;

        await site.UpdateFieldsAsync(reviews.Id, created.Id, new Dictionary<string, object?> { ["Findings"] = "two gaps" }, current.ETag);

        await Assert.ThrowsAsync<PreconditionFailedException>(() =>
            site.UpdateFieldsAsync(reviews.Id, created.Id, new Dictionary<string, object?> { ["Findings"] = "stale" }, current.ETag));
        var found = await site.QueryItemsAsync(reviews.Id, new ItemQuery(Select: ["Title", "Findings"])).ToListAsync();
        Assert.Equal("two gaps", Assert.Single(found).Fields["Findings"]?.ToString());
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(5 * 1024 * 1024 + 123)]
    public async Task Files_upload_simply_or_through_a_session_and_download_with_their_eTag(int size)
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.ProvisionAsync();
        var site = new SharePointSite(tenant.Connection);
        var library = (await site.FindListAsync("Security Policies"))!;
        var driveId = await site.GetDriveIdAsync(library.Id);
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);

        var uploaded = await site.UploadFileAsync(driveId, "POL-AC-001.docx", new MemoryStream(bytes));
        var downloaded = await site.DownloadFileAsync(driveId, uploaded.Id);

        Assert.Equal(bytes, downloaded.Content);
        Assert.Equal(uploaded.ETag, downloaded.ETag);
        Assert.NotEmpty(await site.GetVersionsAsync(driveId, uploaded.Id));
    }
}
