using M365PolicyControl.Core.Metadata;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>How far ahead a review counts as due (owners are reminded ahead of time).</summary>
    public static readonly int ReviewDueWindowDays = 30;

    /// <summary>
    /// The daily job: Approved documents whose effective date has come become Effective (the version effective
    /// before them is Superseded), and effective documents with a review due soon or overdue are flagged.
    /// </summary>
    /// <param name="asOf">The day to judge; defaults to today.</param>
    public async Task<TickReport> TickAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        var today = asOf ?? Today;
        var effective = new List<TickEntry>();
        var superseded = new List<TickEntry>();
        foreach (var record in await ListAsync(cancellationToken))
        {
            if (record.Status == PolicyStatus.Approved && record.Metadata.EffectiveDate is { } date && date <= today)
            {
                var previous = await MakeEffectiveAsync(record.PolicyId, today, cancellationToken);
                effective.Add(new TickEntry(record.PolicyId, record.Metadata.Title, $"version {record.Metadata.Version} effective {date:yyyy-MM-dd}"));
                if (previous is not null)
                {
                    superseded.Add(new TickEntry(record.PolicyId, record.Metadata.Title, $"version {previous} superseded"));
                }
            }
        }

        var current = await ListAsync(cancellationToken);
        var inForce = current.Where(r => r.Status == PolicyStatus.Effective && r.Metadata.EffectiveNextReviewDue is not null).ToArray();
        var overdue = inForce.Where(r => r.Metadata.EffectiveNextReviewDue < today).Select(r => ReviewEntry(r)).ToArray();
        var due = inForce
            .Where(r => r.Metadata.EffectiveNextReviewDue >= today && r.Metadata.EffectiveNextReviewDue <= today.AddDays(ReviewDueWindowDays))
            .Select(r => ReviewEntry(r))
            .ToArray();
        logger.LogInformation("Tick {AsOf}: {Effective} effective, {Due} reviews due, {Overdue} overdue", today, effective.Count, due.Length, overdue.Length);
        return new TickReport(today, effective, superseded, due, overdue);
    }

    private static TickEntry ReviewEntry(PolicyRecord record) =>
        new(record.PolicyId, record.Metadata.Title, $"review due {record.Metadata.EffectiveNextReviewDue:yyyy-MM-dd}");

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
