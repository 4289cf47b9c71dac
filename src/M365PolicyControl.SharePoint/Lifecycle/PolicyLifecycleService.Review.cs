using M365PolicyControl.SharePoint.Rest;
using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.SharePoint.Lifecycle;

public sealed partial class PolicyLifecycleService
{
    /// <summary>
    /// Records a review in the Policy Reviews register. No change: LastReviewed and NextReviewDue move and the file is
    /// re-stamped in place (same body, same policy version). Revise: recorded for the owner. Retire: recorded, then retired.
    /// </summary>
    public async Task<PolicyRecord> ReviewAsync(
        string policyId, string reviewerUpn, ReviewOutcome outcome, string? notes = null, CancellationToken cancellationToken = default)
    {
        RequireUser(reviewerUpn, "reviewer");
        var record = await GetAsync(policyId, cancellationToken);
        var (review, refusal) = ReviewSchedule.Record(record.Metadata, outcome, Today, notes);
        if (review is null)
        {
            throw new LifecycleException(record.Status == PolicyStatus.Effective ? LifecycleError.InvalidInput : LifecycleError.WrongStatus, refusal!);
        }

        await library.AddRegisterItemAsync(PolicyColumns.ReviewsRegister, new Dictionary<string, object?>
        {
            [PolicyColumns.Title] = $"{record.PolicyId} v{record.Metadata.Version} review {Today:yyyy-MM-dd}",
            [PolicyColumns.Review.Policy] = record.PolicyId,
            [PolicyColumns.Review.Reviewer] = reviewerUpn,
            [PolicyColumns.Review.ReviewedOn] = Today,
            [PolicyColumns.Review.Outcome] = OutcomeName(outcome),
            [PolicyColumns.Review.Findings] = notes,
            [PolicyColumns.Review.NextReviewDue] = review.Updated.NextReviewDue,
        }, cancellationToken);
        logger.LogInformation("Review of {PolicyId} by {Reviewer}: {Outcome}", record.PolicyId, reviewerUpn, outcome);

        return outcome switch
        {
            ReviewOutcome.NoChange => await RestampReviewedAsync(policyId, cancellationToken),
            ReviewOutcome.Retire => await RetireAsync(policyId, reviewerUpn, notes!, null, cancellationToken),
            _ => await WithFreshReadAsync(policyId, async fresh => PolicyRecord.From(await library.UpdateFieldsAsync(
                fresh.File, new Dictionary<string, object?>
                {
                    [PolicyColumns.LastReviewed] = review.Updated.LastReviewed,
                    [PolicyColumns.NextReviewDue] = review.Updated.NextReviewDue,
                }, cancellationToken))!, cancellationToken),
        };
    }

    /// <summary>The register's choice text for an outcome.</summary>
    public static string OutcomeName(ReviewOutcome outcome) => outcome switch
    {
        ReviewOutcome.NoChange => "Reviewed, no change",
        ReviewOutcome.Revise => "Major revision",
        _ => "Retire",
    };

    private Task<PolicyRecord> RestampReviewedAsync(string policyId, CancellationToken cancellationToken) =>
        WithFreshReadAsync(policyId, async record =>
        {
            var (review, refusal) = ReviewSchedule.Record(record.Metadata, ReviewOutcome.NoChange, Today);
            var reviewed = review?.Updated ?? throw new LifecycleException(LifecycleError.WrongStatus, refusal!);
            await using var current = await DownloadSeekableAsync(record.File, null, cancellationToken);
            using var stamped = new MemoryStream();
            stamper.Stamp(current, stamped, reviewed);
            var fields = new Dictionary<string, object?>
            {
                [PolicyColumns.LastReviewed] = reviewed.LastReviewed,
                [PolicyColumns.NextReviewDue] = reviewed.NextReviewDue,
            };
            var result = await CheckInStampedAsync(record.File, stamped, fields, CheckInKind.Overwrite, $"Reviewed {Today:yyyy-MM-dd}: no change", cancellationToken);
            await ConfirmApprovedAsync(result, record.Metadata.Version, cancellationToken);
            return PolicyRecord.From(await library.GetAsync(result.ItemId, cancellationToken))!;
        }, cancellationToken);
}
