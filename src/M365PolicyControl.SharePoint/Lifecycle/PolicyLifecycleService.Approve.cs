using M365PolicyControl.SharePoint.Rest;
using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>
    /// Approves the version in review: refuses the author or last editor (segregation of duties) and a body changed
    /// since submission; stamps the file so that the approved major version in the library is the stamped one; then
    /// check out, upload, check in as a major version, approve, and read the status back to confirm it.
    /// An effective date in the future keeps the document Approved until <see cref="TickAsync"/> reaches it.
    /// </summary>
    public Task<PolicyRecord> ApproveAsync(string policyId, string approverUpn, string? comment = null, CancellationToken cancellationToken = default)
    {
        RequireUser(approverUpn, "approver");
        return WithFreshReadAsync(policyId, async record =>
        {
            RequireAllowed(PolicyLifecycle.Approve(record.Metadata, approverUpn, Today));
            RequireSegregation(record, approverUpn);
            await using var submitted = await DownloadSeekableAsync(record.File, null, cancellationToken);
            var bodyHash = stamper.ComputeBodyHash(submitted);
            if (!string.Equals(bodyHash, record.BodyHash, StringComparison.OrdinalIgnoreCase))
            {
                throw new LifecycleException(
                    LifecycleError.BodyChangedSinceSubmission,
                    $"{record.PolicyId}: the body changed after it was submitted (submitted {Short(record.BodyHash)}, now {Short(bodyHash)}); submit it again.");
            }

            var (checkIn, version) = ApprovalCheckIn(record.File);
            var approved = ApprovedMetadata(record, approverUpn, version);
            using var stamped = new MemoryStream();
            submitted.Position = 0;
            stamper.Stamp(submitted, stamped, approved);
            var fields = ApprovalFields(record, approved, approverUpn, bodyHash);
            var result = await CheckInStampedAsync(record.File, stamped, fields, checkIn,
                $"Approved by {approverUpn}" + (string.IsNullOrWhiteSpace(comment) ? string.Empty : $": {comment}"), cancellationToken);
            await ConfirmApprovedAsync(result, approved.Version, cancellationToken);
            logger.LogInformation("Approved {PolicyId} version {Version} by {Approver}", record.PolicyId, approved.Version, approverUpn);
            return PolicyRecord.From(await library.GetAsync(result.ItemId, cancellationToken))!;
        }, cancellationToken);
    }

    /// <summary>Rejects the version in review with the approver's comment; the document returns to Draft.</summary>
    public Task<PolicyRecord> RejectAsync(string policyId, string approverUpn, string comment, CancellationToken cancellationToken = default)
    {
        RequireUser(approverUpn, "approver");
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new LifecycleException(LifecycleError.InvalidInput, "A rejection needs a comment telling the author what to change.");
        }

        return WithFreshReadAsync(policyId, async record =>
        {
            RequireAllowed(PolicyLifecycle.Reject(record.Metadata, comment));
            RequireSegregation(record, approverUpn);
            await library.DenyAsync(record.File, $"Rejected by {approverUpn}: {comment}", cancellationToken);
            var fresh = await library.GetAsync(record.File.ItemId, cancellationToken);
            var fields = new Dictionary<string, object?>
            {
                [PolicyColumns.PolicyStatus] = StatusNames.Of(PolicyStatus.Draft),
                [PolicyColumns.ChangeSummary] = $"Rejected by {approverUpn} on {Today:yyyy-MM-dd}: {comment}",
            };
            var updated = await library.UpdateFieldsAsync(fresh, fields, cancellationToken);
            logger.LogInformation("Rejected {PolicyId} by {Approver}", record.PolicyId, approverUpn);
            return PolicyRecord.From(updated)!;
        }, cancellationToken);
    }

    private static void RequireSegregation(PolicyRecord record, string approverUpn)
    {
        if (SegregationOfDuties.Check(approverUpn, record.AuthoredBy, record.LastEditedBy) is { } refusal)
        {
            throw new LifecycleException(LifecycleError.SegregationOfDuties, $"{record.PolicyId}: {refusal}");
        }
    }

    private PolicyMetadata ApprovedMetadata(PolicyRecord record, string approverUpn, PolicyVersion version)
    {
        var planned = record.Metadata.EffectiveDate;
        var effective = planned is { } date && date > Today ? date : Today;
        return record.Metadata with
        {
            Version = version,
            Status = PolicyStatus.Approved,
            Approver = approverUpn,
            ApprovedOn = Today,
            EffectiveDate = effective,
            LastReviewed = null,
            NextReviewDue = effective.AddMonths(record.Metadata.ReviewCadenceMonths),
        };
    }

    private Dictionary<string, object?> ApprovalFields(PolicyRecord record, PolicyMetadata approved, string approverUpn, string bodyHash) => new()
    {
        [PolicyColumns.PolicyStatus] = StatusNames.Of(PolicyStatus.Approved),
        [PolicyColumns.ApprovedBy] = approverUpn,
        [PolicyColumns.ApprovedOn] = approved.ApprovedOn,
        [PolicyColumns.EffectiveDate] = approved.EffectiveDate,
        [PolicyColumns.NextReviewDue] = approved.NextReviewDue,
        [PolicyColumns.RetainUntil] = RetentionDate(record.File.Created, approved.EffectiveDate),
        [PolicyColumns.BodyHash] = bodyHash,
    };

    /// <summary>
    /// How the stamped copy is checked in, and the label it will carry. Submission already published the major that waits
    /// for approval: the stamped copy replaces it in place (overwrite check-in), so the major the approver approves is
    /// the stamped one and keeps the number it was submitted under. A draft with no pending major is checked in as the next major.
    /// </summary>
    private static (CheckInKind Kind, PolicyVersion Version) ApprovalCheckIn(LibraryFile file)
    {
        var current = PolicyVersion.TryParse(file.VersionLabel, out var parsed) ? parsed.Value : new PolicyVersion(0, 1);
        return current.IsMajor && file.Moderation == ModerationStatus.Pending
            ? (CheckInKind.Overwrite, current)
            : (CheckInKind.Major, new PolicyVersion(current.Major + 1, 0));
    }

    private static string Short(string? hash) => hash is { Length: > 12 } ? hash[..12] : hash ?? "(none)";
}
