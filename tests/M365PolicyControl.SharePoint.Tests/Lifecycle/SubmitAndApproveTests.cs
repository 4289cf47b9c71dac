using M365PolicyControl.Core.Metadata;
using M365PolicyControl.SharePoint.Lifecycle;
using M365PolicyControl.SharePoint.Rest;
using M365PolicyControl.Word;

namespace M365PolicyControl.SharePoint.Tests.Lifecycle;

public sealed class SubmitAndApproveTests
{
    [Fact]
    public async Task Submit_WithoutMappedRequirement_ListsTheProblemAndLeavesTheDraft()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ImportAsync(h.Docx("notes.docx", "# Meeting Notes\n\nNothing cited here."));

        var refusal = await Assert.ThrowsAsync<LifecycleException>(() => h.Service.SubmitAsync(id, LifecycleHarness.Owner));

        Assert.Equal(LifecycleError.SubmissionProblems, refusal.Error);
        Assert.Contains(refusal.Problems, p => p.StartsWith("requirements:", StringComparison.Ordinal) && p.Contains("Security Rule requirement", StringComparison.Ordinal));
        Assert.Equal(PolicyStatus.Draft, (await h.Service.GetAsync(id)).Status);
    }

    [Fact]
    public async Task Submit_ProcedureWithoutSections_ListsEveryMissingSection()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ImportAsync(h.Docx("backup-procedure.docx", "# Backup Procedure\n\n## Steps\n\nImplements 164.308(a)(7)(ii)(A)."));

        var refusal = await Assert.ThrowsAsync<LifecycleException>(() => h.Service.SubmitAsync(id, LifecycleHarness.Owner));

        Assert.Equal(3, refusal.Problems.Count);
        Assert.All(["'Trigger'", "'Roles'", "'Evidence'"], s => Assert.Contains(refusal.Problems, p => p.Contains(s, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Submit_CompleteDraft_PublishesAMajorPendingApproval()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ImportAsync(h.AccessPolicy());

        var record = await h.Service.SubmitAsync(id, LifecycleHarness.Owner);

        Assert.Equal(PolicyStatus.InReview, record.Status);
        Assert.Equal("1.0", record.File.VersionLabel);
        Assert.Equal(ModerationStatus.Pending, record.File.Moderation);
    }

    [Fact]
    public async Task Approve_ByTheAuthor_IsRefusedForSegregationOfDuties()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ImportAsync(h.AccessPolicy());
        await h.Service.SubmitAsync(id, LifecycleHarness.Owner);

        var refusal = await Assert.ThrowsAsync<LifecycleException>(() => h.Service.ApproveAsync(id, LifecycleHarness.Owner));

        Assert.Equal(LifecycleError.SegregationOfDuties, refusal.Error);
        Assert.Contains("wrote this version", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(PolicyStatus.InReview, (await h.Service.GetAsync(id)).Status);
    }

    [Fact]
    public async Task Approve_ByAnotherUser_StampsTheApprovedMajorWithTheSubmittedBodyHash()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ImportAsync(h.AccessPolicy());
        var submitted = await h.Service.SubmitAsync(id, LifecycleHarness.Owner);

        var approved = await h.Service.ApproveAsync(id, LifecycleHarness.Approver, "Looks right");

        Assert.Equal(PolicyStatus.Approved, approved.Status);
        Assert.Equal("1.0", approved.File.VersionLabel);
        Assert.Equal(ModerationStatus.Approved, approved.File.Moderation);
        Assert.Equal(LifecycleHarness.Approver, approved.Metadata.Approver);
        Assert.Equal(submitted.BodyHash, approved.BodyHash);
        await using var content = await h.Library.DownloadAsync(approved.File);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        copy.Position = 0;
        var stamp = new Word.Adapters.WordContentReader().Read(copy, "approved.docx");
        Assert.Equal(submitted.BodyHash, stamp.BodyHash);
        Assert.Equal(id, stamp.Stamp?.PolicyId);
        Assert.Equal("1.0", stamp.Stamp?.Version.ToString());
        Assert.Equal(LifecycleHarness.Approver, stamp.Stamp?.Approver);
    }

    [Fact]
    public async Task Approve_WhenTheBodyChangedAfterSubmission_IsRefused()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ImportAsync(h.AccessPolicy());
        var submitted = await h.Service.SubmitAsync(id, LifecycleHarness.Owner);
        await using (var changed = File.OpenRead(h.AccessPolicy("access-control-policy.docx", "Edited after submission.")))
        {
            await h.Library.UploadAsync(submitted.File.FileName, changed, null);
        }

        var refusal = await Assert.ThrowsAsync<LifecycleException>(() => h.Service.ApproveAsync(id, LifecycleHarness.Approver));

        Assert.Equal(LifecycleError.BodyChangedSinceSubmission, refusal.Error);
    }

    [Fact]
    public async Task Approve_InALibraryThatRequiresCheckOut_EndsApprovedAndConfirmed()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ImportAsync(h.AccessPolicy());
        await h.Service.SubmitAsync(id, LifecycleHarness.Owner);
        await RequireCheckOutAsync(h);

        var approved = await h.Service.ApproveAsync(id, LifecycleHarness.Approver);

        Assert.Equal(ModerationStatus.Approved, approved.File.Moderation);
        Assert.Equal("1.0", approved.File.VersionLabel);
    }

    [Fact]
    public async Task Reject_ReturnsTheDocumentToDraftWithTheComment()
    {
        await using var h = await LifecycleHarness.StartAsync();
        var id = await h.ImportAsync(h.AccessPolicy());
        await h.Service.SubmitAsync(id, LifecycleHarness.Owner);

        var rejected = await h.Service.RejectAsync(id, LifecycleHarness.Approver, "Name the account review cadence.");

        Assert.Equal(PolicyStatus.Draft, rejected.Status);
        Assert.Contains("account review cadence", rejected.Metadata.ChangeSummary, StringComparison.Ordinal);
        Assert.Equal(ModerationStatus.Denied, rejected.File.Moderation);
    }

    private static async Task RequireCheckOutAsync(LifecycleHarness h)
    {
        var connection = h.Tenant.Connection;
        var site = await connection.Graph.Sites[$"{connection.Options.SiteUrl.Host}:{connection.Options.SiteUrl.AbsolutePath}"].GetAsync();
        var lists = await connection.Rest.GetListsAsync(new Uri(site!.WebUrl!));
        var library = lists.Single(l => l.Title == PolicyColumns.Library);
        await connection.Rest.UpdateListSettingsAsync(new Uri(site.WebUrl!), library.Id, new Dictionary<string, object> { ["ForceCheckout"] = true });
    }
}
