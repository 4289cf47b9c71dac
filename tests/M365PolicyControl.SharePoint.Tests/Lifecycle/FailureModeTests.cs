using M365PolicyControl.Core.Metadata;
using M365PolicyControl.SharePoint.Lifecycle;
using M365PolicyControl.Word.Adapters;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Logging.Abstractions;

namespace M365PolicyControl.SharePoint.Tests.Lifecycle;

public sealed class FailureModeTests
{
    [Fact]
    public async Task Submit_WhenSomeoneElseWritesInBetween_ReReadsAndReAppliesWithoutLosingTheirChange()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ImportAsync(h.AccessPolicy());
        var gateway = new ConcurrentWriterGateway(h.Library, new Dictionary<string, object?> { [PolicyColumns.ChangeSummary] = "Typo fixed by the backup owner" });
        var service = new PolicyLifecycleService(gateway, new WordContentReader(), new WordStamper(LifecycleHarness.Parser), LifecycleHarness.Parser, h.Clock, NullLogger<PolicyLifecycleService>.Instance);

        var submitted = await service.SubmitAsync(id, LifecycleHarness.Owner);

        Assert.Equal(1, gateway.ConflictsSeen);
        Assert.Equal(PolicyStatus.InReview, submitted.Status);
        Assert.Equal("Typo fixed by the backup owner", submitted.Metadata.ChangeSummary);
    }

    [Fact]
    public async Task Import_FileOverFourMebibytes_GoesThroughAnUploadSessionAndMakesOneVersion()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var path = h.Docx("large-access-policy.docx", "# Large Access Policy\n\nImplements 164.312(a)(1).");
        AddIncompressibleImage(path, 5 * 1024 * 1024);
        Assert.True(new FileInfo(path).Length > 4 * 1024 * 1024, "the test file must exceed the simple upload limit");

        var outcome = (await h.Service.ImportAsync([new ImportItem(path)], LifecycleHarness.Owner)).Single();

        var record = await h.Service.GetAsync(outcome.PolicyId);
        Assert.Single(await h.Library.ListVersionsAsync(record.File));
        Assert.Contains(h.Tenant.Server.RequestLog, e => e.Path.Contains("uploadSession", StringComparison.OrdinalIgnoreCase) || e.Path.Contains("createUploadSession", StringComparison.OrdinalIgnoreCase));
    }

    // A scanned figure is what makes real policies large; random bytes keep the zip from compressing it away.
    private static void AddIncompressibleImage(string path, int bytes)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: true);
        var image = document.MainDocumentPart!.AddImagePart(ImagePartType.Png);
        using var data = new MemoryStream(System.Security.Cryptography.RandomNumberGenerator.GetBytes(bytes));
        image.FeedData(data);
    }
}
