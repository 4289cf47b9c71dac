using M365PolicyControl.Core.Documents;
using M365PolicyControl.SharePoint.Lifecycle;

namespace M365PolicyControl.SharePoint.Tests.Lifecycle;

public sealed class ImportTests
{
    [Fact]
    public async Task Import_OneFile_MakesExactlyOneVersionWithAllFields()
    {
        await using var h = await LifecycleHarness.StartAsync();

        var outcome = (await h.Service.ImportAsync([new ImportItem(h.AccessPolicy())], LifecycleHarness.Owner)).Single();

        var record = await h.Service.GetAsync(outcome.PolicyId);
        var versions = await h.Library.ListVersionsAsync(record.File);
        Assert.Equal(["0.1"], versions.Select(v => v.Label));
        Assert.Equal(ImportAction.Created, outcome.Action);
        Assert.Equal(MetadataSource.Derived, outcome.Source);
        Assert.Equal("Access Control Policy", record.Metadata.Title);
        Assert.Equal(["164.312(a)(1)", "164.312(a)(2)(i)"], record.Metadata.Requirements.Order());
        Assert.Equal(LifecycleHarness.Owner, record.Metadata.Owner);
        Assert.Equal(LifecycleHarness.Owner, record.AuthoredBy);
        Assert.Equal(Core.Metadata.PolicyStatus.Draft, record.Status);
        Assert.NotEmpty(outcome.ProposedCitations);
    }

    [Fact]
    public async Task Import_SameFileAgain_CreatesNoNewVersion()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var path = h.AccessPolicy();
        var first = (await h.Service.ImportAsync([new ImportItem(path)], LifecycleHarness.Owner)).Single();

        var second = (await h.Service.ImportAsync([new ImportItem(path)], LifecycleHarness.Owner)).Single();

        var record = await h.Service.GetAsync(first.PolicyId);
        Assert.Equal(ImportAction.Unchanged, second.Action);
        Assert.Single(await h.Library.ListVersionsAsync(record.File));
    }

    [Fact]
    public async Task Import_ChangedFile_KeepsItsPolicyIdAndAddsOneMinorVersion()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var first = (await h.Service.ImportAsync([new ImportItem(h.AccessPolicy())], LifecycleHarness.Owner)).Single();

        var second = (await h.Service.ImportAsync([new ImportItem(h.AccessPolicy(extra: "Shared accounts are forbidden."))], LifecycleHarness.Owner)).Single();

        var record = await h.Service.GetAsync(first.PolicyId);
        Assert.Equal(ImportAction.Updated, second.Action);
        Assert.Equal(first.PolicyId, second.PolicyId);
        Assert.Equal(["0.2", "0.1"], (await h.Library.ListVersionsAsync(record.File)).Select(v => v.Label));
    }

    [Fact]
    public async Task Import_WithManifestEntry_UsesItsMetadata()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var manifest = new Core.Metadata.PolicyMetadata
        {
            PolicyId = "POL-AC-001",
            Title = "Access Control",
            Owner = LifecycleHarness.OtherOwner,
            Requirements = ["§ 164.312(b)"],
        };

        var outcome = (await h.Service.ImportAsync([new ImportItem(h.AccessPolicy(), manifest)], LifecycleHarness.Owner)).Single();

        var record = await h.Service.GetAsync("POL-AC-001");
        Assert.Equal(MetadataSource.Manifest, outcome.Source);
        Assert.Equal(LifecycleHarness.OtherOwner, record.Metadata.Owner);
        Assert.Equal(["164.312(b)"], record.Metadata.Requirements);
    }
}
