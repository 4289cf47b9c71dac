using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>
    /// Retires a document: status Retired, the reason and successor in the change summary, RetainUntil fixed at six
    /// years after the later of creation and the last effective date. The file stays until then.
    /// </summary>
    /// <param name="replacedBy">Policy id of the successor; it must exist in the library.</param>
    public async Task<PolicyRecord> RetireAsync(
        string policyId, string actingUpn, string reason, string? replacedBy = null, CancellationToken cancellationToken = default)
    {
        RequireUser(actingUpn, "retiring user");
        if (!string.IsNullOrWhiteSpace(replacedBy))
        {
            await GetAsync(replacedBy, cancellationToken);
        }

        return await WithFreshReadAsync(policyId, async record =>
        {
            RequireAllowed(PolicyLifecycle.Retire(record.Metadata, reason, string.IsNullOrWhiteSpace(replacedBy) ? null : replacedBy.Trim()));
            var lastEffective = record.Status is PolicyStatus.Effective ? Today : record.Metadata.EffectiveDate;
            var summary = $"Retired by {actingUpn} on {Today:yyyy-MM-dd}: {reason}" + (replacedBy is { Length: > 0 } ? $"; replaced by {replacedBy}" : string.Empty);
            var updated = await library.UpdateFieldsAsync(record.File, new Dictionary<string, object?>
            {
                [PolicyColumns.PolicyStatus] = StatusNames.Of(PolicyStatus.Retired),
                [PolicyColumns.ChangeSummary] = summary,
                [PolicyColumns.RetainUntil] = RetentionDate(record.File.Created, lastEffective is { } d && d <= Today ? d : null),
                [PolicyColumns.LastEditedBy] = actingUpn,
            }, cancellationToken);
            logger.LogInformation("Retired {PolicyId} by {Actor}", record.PolicyId, actingUpn);
            return PolicyRecord.From(updated)!;
        }, cancellationToken);
    }

    /// <summary>Deletes a document's file, refused while it is under retention (before its RetainUntil).</summary>
    /// <exception cref="LifecycleException">With <see cref="LifecycleError.RetentionHold"/> before RetainUntil.</exception>
    public async Task DeleteAsync(string policyId, CancellationToken cancellationToken = default)
    {
        var record = await GetAsync(policyId, cancellationToken);
        var retainUntil = record.RetainUntil ?? RetentionDate(record.File.Created, record.Metadata.EffectiveDate is { } d && d <= Today ? d : null);
        if (Retention.DeletionRefusal(record.PolicyId, retainUntil, Today) is { } refusal)
        {
            throw new LifecycleException(LifecycleError.RetentionHold, refusal);
        }

        await library.DeleteAsync(record.File, cancellationToken);
        logger.LogInformation("Deleted {PolicyId} after retention ended {RetainUntil}", record.PolicyId, retainUntil);
    }
}
