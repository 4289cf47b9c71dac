using M365PolicyControl.LocalTenant.Faults;
using M365PolicyControl.SharePoint.Lifecycle;
using DocumentFormat.OpenXml.Packaging;

namespace M365PolicyControl.SharePoint.Tests.Lifecycle;

/// <summary>
/// Issue 4 item 5: a fragment answered 503 may have been stored, so the upload resumes from the server's next expected range.
/// </summary>
public sealed class UploadResumeTests
{
    // 5 MiB makes two 3.125 MiB fragments (the 503'd one is the last, so the file is already committed);
    // 8 MiB makes three (the 503'd one is in the middle, so the resend overlaps).
    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    public async Task Import_WhenAStoredFragmentIsAnswered503_ResumesAndStoresTheExactBytesAsOneVersion(int imageMebibytes)
    {
        await using var h = await LifecycleHarness.StartAsync(FaultPlan.Parse("fragment503:2,retryafter:0"));
        var path = h.Docx("large-access-policy.docx", "# Large Access Policy\n\nImplements 164.312(a)(1).");
        AddIncompressibleImage(path, imageMebibytes * 1024 * 1024);

        var outcome = (await h.Service.ImportAsync([new ImportItem(path)], LifecycleHarness.Owner)).Single();

        var record = await h.Service.GetAsync(outcome.PolicyId);
        await using var stored = await h.Library.DownloadAsync(record.File);
        using var copy = new MemoryStream();
        await stored.CopyToAsync(copy);
        Assert.Equal(await File.ReadAllBytesAsync(path), copy.ToArray());
        Assert.Single(await h.Library.ListVersionsAsync(record.File));
        Assert.Contains(h.Tenant.Server.RequestLog, e => e.Status == 503);
    }

    private static void AddIncompressibleImage(string path, int bytes)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: true);
        var image = document.MainDocumentPart!.AddImagePart(ImagePartType.Png);
        using var data = new MemoryStream(System.Security.Cryptography.RandomNumberGenerator.GetBytes(bytes));
        image.FeedData(data);
    }
}
