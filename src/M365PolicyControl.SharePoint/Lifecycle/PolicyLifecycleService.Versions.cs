using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>
    /// Every version of a document, newest first, with the column values it had. Where the service keeps no values per
    /// version, an earlier major's facts are read from its own stamp (approver, dates, body hash), which is what the
    /// approver approved; minors without values are drafts.
    /// </summary>
    private async Task<IReadOnlyList<(LibraryFileVersion Version, IReadOnlyDictionary<string, object?> Fields)>> VersionFactsAsync(
        PolicyRecord record, CancellationToken cancellationToken)
    {
        var facts = new List<(LibraryFileVersion, IReadOnlyDictionary<string, object?>)>();
        foreach (var version in await library.ListVersionsAsync(record.File, cancellationToken))
        {
            var fields = version.Label == record.File.VersionLabel ? record.File.Fields
                : version.Fields.Count > 0 ? version.Fields
                : PolicyVersion.TryParse(version.Label, out var label) && label.Value.IsMajor ? await StampFactsAsync(record, version.Label, cancellationToken)
                : new Dictionary<string, object?> { [PolicyColumns.PolicyStatus] = StatusNames.Of(PolicyStatus.Draft) };
            facts.Add((version, fields));
        }

        return facts;
    }

    private async Task<IReadOnlyDictionary<string, object?>> StampFactsAsync(PolicyRecord record, string versionLabel, CancellationToken cancellationToken)
    {
        await using var content = await DownloadSeekableAsync(record.File, versionLabel, cancellationToken);
        var document = reader.Read(content, $"{record.File.FileName} v{versionLabel}");
        if (document.Stamp is not { Approver: { Length: > 0 } } stamp)
        {
            // A major nobody approved: submitted and then rejected or replaced before approval.
            return new Dictionary<string, object?> { [PolicyColumns.PolicyStatus] = StatusNames.Of(PolicyStatus.InReview), [PolicyColumns.BodyHash] = document.BodyHash };
        }

        return new Dictionary<string, object?>
        {
            [PolicyColumns.PolicyStatus] = StatusNames.Of(PolicyStatus.Approved),
            [PolicyColumns.ApprovedBy] = stamp.Approver,
            [PolicyColumns.ApprovedOn] = stamp.ApprovedOn,
            [PolicyColumns.EffectiveDate] = stamp.EffectiveDate,
            [PolicyColumns.BodyHash] = document.BodyHash,
            [PolicyColumns.PolicyOwner] = stamp.Owner,
        };
    }

    private static bool WasInForce(IReadOnlyDictionary<string, object?> fields) =>
        StatusNames.Parse(fields.Text(PolicyColumns.PolicyStatus)) is PolicyStatus.Approved or PolicyStatus.Effective;
}
