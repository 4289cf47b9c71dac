using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>
    /// The daily job, planned by Core's <see cref="LifecycleTick"/>: Approved documents whose effective date has come become
    /// Effective (the version effective before them is Superseded), and effective documents with a review due within
    /// <see cref="ReviewSchedule.DueWindowDays"/> days or overdue are flagged.
    /// </summary>
    /// <param name="asOf">The day to judge; defaults to today.</param>
    public async Task<TickReport> TickAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var today = asOf ?? Today;
        var listed = await ListAsync(cancellationToken);
        var records = listed.GroupBy(r => r.PolicyId, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var plan = LifecycleTick.Run(listed.Select(r => r.Metadata), today);
        var effective = new List<TickEntry>();
        var superseded = new List<TickEntry>();
        foreach (var change in plan.Changes.Where(c => c.After is { Status: PolicyStatus.Effective }))
        {
            var record = records[change.Before.PolicyId];
            var previous = await MakeEffectiveAsync(record.PolicyId, today, cancellationToken);
            effective.Add(new TickEntry(record.PolicyId, record.Metadata.Title, $"version {record.Metadata.Version} effective {change.After!.EffectiveDate:yyyy-MM-dd}"));
            if (previous is not null)
            {
                superseded.Add(new TickEntry(record.PolicyId, record.Metadata.Title, $"version {previous} superseded"));
            }
        }

        var due = ReviewEntries(plan, records, ReviewState.Due);
        var overdue = ReviewEntries(plan, records, ReviewState.Overdue);
        logger.LogInformation("Tick {AsOf}: {Effective} effective, {Due} reviews due, {Overdue} overdue", today, effective.Count, due.Length, overdue.Length);
        return new TickReport(today, effective, superseded, due, overdue);
    }

    private static TickEntry[] ReviewEntries(TickResult plan, IReadOnlyDictionary<string, PolicyRecord> records, ReviewState state) =>
        plan.Reviews
            .Where(f => f.State == state)
            .Select(f => new TickEntry(f.PolicyId, records[f.PolicyId].Metadata.Title, $"review due {f.Due:yyyy-MM-dd}"))
            .ToArray();

    /// <summary>Marks the approved version effective; returns the label of the version effective before it, if any.</summary>
    private Task<string?> MakeEffectiveAsync(string policyId, DateOnly today, CancellationToken cancellationToken) =>
        WithFreshReadAsync(policyId, async record =>
        {
            var versions = await VersionFactsAsync(record, cancellationToken);
            var previous = versions
                .Where(v => v.Version.Label != record.File.VersionLabel && WasInForce(v.Fields))
                .Select(v => v.Version.Label)
                .FirstOrDefault();
            var fields = new Dictionary<string, object?>
            {
                [PolicyColumns.PolicyStatus] = StatusNames.Of(PolicyStatus.Effective),
                [PolicyColumns.RetainUntil] = RetentionDate(record.File.Created, record.Metadata.EffectiveDate ?? today),
            };
            await library.UpdateFieldsAsync(record.File, fields, cancellationToken);
            return previous;
        }, cancellationToken);
}
