using System.Collections.Concurrent;
using System.Globalization;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Core.Metadata;
using M365PolicyControl.Reports.Packet;
using M365PolicyControl.SharePoint.Lifecycle;

namespace M365PolicyControl.Cli.Lifecycle;

/// <summary>
/// Reads what the evidence packet needs from the library: one listing for the documents and the matrix, the version
/// history of the documents that go into the packet, the reviews register; document bodies are opened one at a time
/// while the packet streams.
/// </summary>
public static class EvidenceSource
{
    private const int HistoryReadsInParallel = 4;

    /// <summary>Reads the packet input as of <paramref name="asOf"/>; document bodies are opened only while the packet is written.</summary>
    public static async Task<EvidencePacketInput> ReadAsync(PolicyLifecycleService service, DateOnly asOf, CancellationToken cancellationToken)
    {
        var records = await service.ListAsync(cancellationToken);
        var byId = records.ToDictionary(r => r.PolicyId, StringComparer.OrdinalIgnoreCase);
        var input = await service.WithRegistersAsync(
            new CoverageInput(LifecycleHost.Parser.Catalog, asOf) { Documents = records.Select(PolicyLifecycleService.ToControlledDocument).ToArray() },
            cancellationToken);
        var coverage = CoverageCalculator.Compute(input);
        var inPacket = coverage.Documents.Where(d => d.IsEffective).ToArray();
        return new EvidencePacketInput
        {
            Coverage = coverage,
            OpenDocument = (document, ct) => service.OpenContentAsync(byId[document.PolicyId], ct),
            VersionHistory = await HistoryAsync(service, inPacket, byId, cancellationToken),
            Reviews = ToReviews(await service.ReviewRowsAsync(cancellationToken)),
        };
    }

    private static async Task<IReadOnlyList<VersionHistoryEntry>> HistoryAsync(
        PolicyLifecycleService service, IReadOnlyList<ControlledDocument> documents, IReadOnlyDictionary<string, PolicyRecord> byId,
        CancellationToken cancellationToken)
    {
        var entries = new ConcurrentBag<(string Id, int Order, VersionHistoryEntry Entry)>();
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = HistoryReadsInParallel, CancellationToken = cancellationToken },
            async (document, ct) =>
            {
                var rows = await service.HistoryAsync(byId[document.PolicyId], ct);
                for (var i = 0; i < rows.Count; i++)
                {
                    entries.Add((document.PolicyId, i, ToEntry(document, rows[i])));
                }
            });
        return entries.OrderBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Order).Select(e => e.Entry).ToArray();
    }

    private static VersionHistoryEntry ToEntry(ControlledDocument document, HistoryRow row) => new()
    {
        PolicyId = document.PolicyId,
        Title = document.Title,
        Version = PolicyVersion.TryParse(row.Version, out var version) ? version.Value : document.Version,
        Status = StatusNames.Parse(row.Status),
        Author = row.Author,
        Modified = row.Modified,
        Approver = row.Approver,
        ApprovedOn = row.ApprovedOn,
        EffectiveDate = row.EffectiveDate,
        BodyHash = row.BodyHash,
        Comment = row.Comment,
    };

    private static IReadOnlyList<ReviewRecord> ToReviews(IEnumerable<IReadOnlyDictionary<string, object?>> rows) =>
        rows.Select(row =>
        {
            string? Text(string name) => row.TryGetValue(name, out var v) && v is not null ? Convert.ToString(v is IEnumerable<string> l ? string.Join(";", l) : v, CultureInfo.InvariantCulture) : null;
            DateOnly? Date(string name) => DateTimeOffset.TryParse(Text(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? DateOnly.FromDateTime(d.UtcDateTime) : null;
            return new ReviewRecord(
                Text(PolicyColumns.Review.Policy) ?? Text("PolicyLookupValue") ?? "",
                Date(PolicyColumns.Review.ReviewedOn) ?? DateOnly.MinValue,
                Text(PolicyColumns.Review.Reviewer) ?? "",
                Text(PolicyColumns.Review.Outcome) ?? "")
            {
                Notes = Text(PolicyColumns.Review.Findings),
                NextReviewDue = Date(PolicyColumns.Review.NextReviewDue),
            };
        }).ToArray();
}
