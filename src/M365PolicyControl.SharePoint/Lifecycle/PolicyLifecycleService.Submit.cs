using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>
    /// Checks the draft (required metadata, at least one mapped requirement, a procedure's trigger, roles, steps and
    /// evidence sections) and, when nothing is missing, publishes a major version pending approval. The body hash of
    /// what was submitted is recorded so approval can refuse a body changed in between.
    /// </summary>
    /// <exception cref="LifecycleException">Not a draft, or problems found (all of them listed in <see cref="LifecycleException.Problems"/>).</exception>
    public Task<PolicyRecord> SubmitAsync(string policyId, string actingUpn, CancellationToken cancellationToken = default)
    {
        RequireUser(actingUpn, "submitting user");
        return WithFreshReadAsync(policyId, async record =>
        {
            RequireAllowed(PolicyLifecycle.Submit(record.Metadata));
            await using var content = await DownloadSeekableAsync(record.File, null, cancellationToken);
            var document = reader.Read(content, record.File.FileName);
            var problems = SubmissionCheck.Check(record.Metadata, document.Headings.Select(h => h.Text).ToArray(), parser)
                .Select(p => $"{p.Field}: {p.Message}")
                .ToArray();
            if (problems.Length > 0)
            {
                throw new LifecycleException(
                    LifecycleError.SubmissionProblems,
                    $"{record.PolicyId} cannot be submitted: {problems.Length} problem(s).",
                    problems);
            }

            var fields = new Dictionary<string, object?>
            {
                [PolicyColumns.PolicyStatus] = StatusNames.Of(PolicyStatus.InReview),
                [PolicyColumns.BodyHash] = document.BodyHash,
                [PolicyColumns.SubmittedBy] = actingUpn,
            };
            var updated = await library.UpdateFieldsAsync(record.File, fields, cancellationToken);
            await library.PublishAsync(updated, $"Submitted for approval by {actingUpn}", cancellationToken);
            var after = await library.GetAsync(updated.ItemId, cancellationToken);
            logger.LogInformation("Submitted {PolicyId} as {Version}, moderation {Moderation}", record.PolicyId, after.VersionLabel, after.Moderation);
            return PolicyRecord.From(after)!;
        }, cancellationToken);
    }

    private async Task<Stream> DownloadSeekableAsync(LibraryFile file, string? versionLabel, CancellationToken cancellationToken)
    {
        await using var remote = await library.DownloadAsync(file, versionLabel, cancellationToken);
        var copy = new MemoryStream();
        await remote.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        return copy;
    }
}
