using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>Every controlled document with its status, effective date, next review and whether it is overdue.</summary>
    public async Task<IReadOnlyList<StatusRow>> StatusAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var today = asOf ?? Today;
        return (await ListAsync(cancellationToken)).Select(r => new StatusRow(
            r.PolicyId,
            r.Metadata.Title,
            r.Metadata.Kind.ToString(),
            r.File.VersionLabel,
            StatusNames.Of(r.Status),
            r.Metadata.EffectiveDate,
            r.Metadata.EffectiveNextReviewDue,
            r.Metadata.Owner,
            r.Status == PolicyStatus.Effective && r.Metadata.EffectiveNextReviewDue < today)).ToArray();
    }

    /// <summary>
    /// Every version of a document, newest first, with author, approver, dates and body hash as recorded with that
    /// version. Earlier effective majors show as Superseded once a later one is effective.
    /// </summary>
    public async Task<IReadOnlyList<HistoryRow>> HistoryAsync(string policyId, CancellationToken cancellationToken = default) =>
        await HistoryAsync(await GetAsync(policyId, cancellationToken), cancellationToken);

    /// <summary>The history of a document already read (saves the lookup by id when listing many).</summary>
    public async Task<IReadOnlyList<HistoryRow>> HistoryAsync(PolicyRecord record, CancellationToken cancellationToken = default)
    {
        var laterEffective = false;
        var rows = new List<HistoryRow>();
        foreach (var (version, fields) in await VersionFactsAsync(record, cancellationToken))
        {
            var status = version.Label == record.File.VersionLabel ? record.Status : StatusNames.Parse(fields.Text(PolicyColumns.PolicyStatus));
            if (status is (PolicyStatus.Effective or PolicyStatus.Approved) && laterEffective)
            {
                status = PolicyStatus.Superseded;
            }

            laterEffective |= status is PolicyStatus.Effective or PolicyStatus.Retired;
            rows.Add(new HistoryRow(
                version.Label,
                StatusNames.Of(status),
                version.Modified,
                fields.Text(PolicyColumns.LastEditedBy) ?? fields.Text(PolicyColumns.AuthoredBy) ?? version.ModifiedBy,
                fields.Text(PolicyColumns.ApprovedBy),
                fields.Date(PolicyColumns.ApprovedOn),
                fields.Date(PolicyColumns.EffectiveDate),
                fields.Text(PolicyColumns.BodyHash),
                fields.Text(PolicyColumns.ChangeSummary)));
        }

        return rows;
    }
}
