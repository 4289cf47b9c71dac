using System.Security.Cryptography;
using M365PolicyControl.Core.Documents;
using M365PolicyControl.Core.Metadata;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>
    /// Uploads Word files as drafts (minor versions) with their metadata, all columns of a file in one update, so
    /// one import of one file makes exactly one version. A file whose bytes are unchanged is left alone.
    /// Procedures go first, so that policies naming them find them.
    /// </summary>
    /// <param name="items">The files, each with its manifest entry when there is one.</param>
    /// <param name="actingUpn">Who imports: recorded as author and last editor of the draft, and owner when nothing else names one.</param>
    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(
        IReadOnlyList<ImportItem> items, string actingUpn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        RequireUser(actingUpn, "importing user");
        var existing = (await library.ListFilesAsync(PolicyColumns.All, cancellationToken))
            .ToDictionary(f => f.FileName, StringComparer.OrdinalIgnoreCase);
        var outcomes = new List<ImportOutcome>();
        foreach (var item in items.OrderBy(ImportOrder).ThenBy(i => Path.GetFileName(i.Path), StringComparer.OrdinalIgnoreCase))
        {
            var fileName = Path.GetFileName(item.Path);
            var outcome = await ImportOneAsync(item, existing.GetValueOrDefault(fileName), actingUpn, cancellationToken);
            logger.LogInformation("Imported {FileName} as {PolicyId}: {Action}, version {Version}", fileName, outcome.PolicyId, outcome.Action, outcome.Version);
            outcomes.Add(outcome);
        }

        return outcomes;
    }

    private static int ImportOrder(ImportItem item)
    {
        var kind = item.Manifest?.Kind ?? MetadataDerivation.InferKind(string.Empty, item.Path);
        return kind is DocumentKind.Procedure or DocumentKind.Plan ? 0 : 1;
    }

    private async Task<ImportOutcome> ImportOneAsync(ImportItem item, LibraryFile? current, string actingUpn, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(item.Path);
        await using var stream = new FileStream(item.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        var sourceHash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        var currentRecord = current is null ? null : PolicyRecord.From(current);
        if (currentRecord is not null && string.Equals(currentRecord.SourceFileHash, sourceHash, StringComparison.OrdinalIgnoreCase))
        {
            return new ImportOutcome(fileName, currentRecord.PolicyId, ImportAction.Unchanged, MetadataSource.Manifest,
                current!.VersionLabel, currentRecord.Metadata.Requirements, [], []);
        }

        stream.Position = 0;
        var content = reader.Read(stream, fileName);
        var chosen = new MetadataDerivation(parser).Choose(fileName, content, item.Manifest, actingUpn, currentRecord?.PolicyId);
        var metadata = chosen.Metadata with { Requirements = NormalizeCitations(chosen.Metadata.Requirements) };
        var warnings = UnmappedCitations(chosen.Metadata.Requirements).ToList();
        if (metadata.Requirements.Count == 0)
        {
            warnings.Add("no Security Rule citation mapped; submission will be refused until one is added");
        }

        stream.Position = 0;
        var uploaded = await library.UploadAsync(fileName, stream, current?.ETag, cancellationToken);
        var written = await library.UpdateFieldsAsync(uploaded, DraftFields(metadata, actingUpn, sourceHash), cancellationToken);
        return new ImportOutcome(fileName, metadata.PolicyId, current is null ? ImportAction.Created : ImportAction.Updated,
            chosen.Source, written.VersionLabel, metadata.Requirements, chosen.ProposedCitations, warnings);
    }

    private IEnumerable<string> UnmappedCitations(IEnumerable<string> written) =>
        written.Select(parser.Resolve)
            .Where(r => !r.IsMapped)
            .Select(r => r.IsRefused
                ? $"citation '{r.Written}' names no Security Rule requirement" + (r.Nearest.Count > 0 ? $" (nearest: {string.Join(", ", r.Nearest)})" : string.Empty)
                : $"citation '{r.Written}' is outside the Security Rule; kept out of the mapping");

    private Dictionary<string, object?> DraftFields(PolicyMetadata metadata, string actingUpn, string sourceHash) => new()
    {
        [PolicyColumns.Title] = metadata.Title,
        [PolicyColumns.PolicyId] = metadata.PolicyId,
        [PolicyColumns.DocumentKind] = metadata.Kind.ToString(),
        [PolicyColumns.SafeguardArea] = MainSafeguard(metadata.Requirements)?.ToString(),
        [PolicyColumns.Requirements] = metadata.Requirements,
        [PolicyColumns.PolicyOwner] = metadata.Owner,
        [PolicyColumns.BackupOwner] = metadata.BackupOwner,
        [PolicyColumns.PolicyStatus] = StatusNames.Of(PolicyStatus.Draft),
        [PolicyColumns.EffectiveDate] = metadata.EffectiveDate,
        [PolicyColumns.ReviewCadenceMonths] = metadata.ReviewCadenceMonths,
        [PolicyColumns.ImplementingProcedures] = metadata.ImplementingProcedures,
        [PolicyColumns.ChangeSummary] = metadata.ChangeSummary,
        [PolicyColumns.ApprovedBy] = null,
        [PolicyColumns.ApprovedOn] = null,
        [PolicyColumns.BodyHash] = null,
        [PolicyColumns.AuthoredBy] = actingUpn,
        [PolicyColumns.LastEditedBy] = actingUpn,
        [PolicyColumns.SubmittedBy] = null,
        [PolicyColumns.SourceFileHash] = sourceHash,
    };
}
