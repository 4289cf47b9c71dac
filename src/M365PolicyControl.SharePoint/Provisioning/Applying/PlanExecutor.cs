using System.Net;
using M365PolicyControl.SharePoint.Graph;
using M365PolicyControl.SharePoint.Provisioning.Planning;
using M365PolicyControl.SharePoint.Rest;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.SharePoint.Provisioning.Applying;

/// <summary>A write that did not happen, and whether trying again after a fresh read may fix it.</summary>
public sealed record FailedStep(PlanStep Step, string Error, bool Transient);

/// <summary>
/// Applies a plan: Graph writes packed into <c>$batch</c>es of up to 20 (an operation goes in a later batch than all
/// its prerequisites), then the SharePoint REST calls in phase order, then one read-back of the settings written.
/// </summary>
internal sealed partial class PlanExecutor(GraphBatchExecutor batches, SharePointRestClient rest, ILogger logger)
{
    public async Task<IReadOnlyList<FailedStep>> RunAsync(ProvisioningPlan plan, ApplyContext ctx, CancellationToken cancellationToken)
    {
        var failures = new List<FailedStep>();
        var failed = new HashSet<GraphOperation>();
        await RunGraphAsync(plan.GraphOperations, ctx, failed, failures, cancellationToken);
        await RunRestAsync(plan.RestOperations, ctx, failed, failures, cancellationToken);
        return failures;
    }

    private async Task RunGraphAsync(IReadOnlyList<GraphOperation> operations, ApplyContext ctx, HashSet<GraphOperation> failed,
        List<FailedStep> failures, CancellationToken cancellationToken)
    {
        var done = new HashSet<GraphOperation>();
        var pending = operations.ToList();
        while (pending.Count > 0)
        {
            var batch = NextBatch(pending, done, failed, failures);
            if (batch.Count == 0)
            {
                break;
            }

            var requests = batch.Select(op => op.Build(ctx, op.Id)).ToArray();
            LogBatch(logger, requests.Length, requests.Count(r => r.IsWrite));
            var answers = await batches.SendAsync(requests, cancellationToken);
            foreach (var op in batch)
            {
                var answer = answers[op.Id];
                if (answer.IsSuccess)
                {
                    op.OnSuccess?.Invoke(ctx, answer.Body);
                    done.Add(op);
                    continue;
                }

                failed.Add(op);
                failures.Add(new FailedStep(op.Step, answer.ErrorText, new GraphPartException(answer, "").IsTransient));
            }
        }
    }

    // Greedy packing: every pending operation whose prerequisites all succeeded in earlier batches, up to 20.
    private static List<GraphOperation> NextBatch(List<GraphOperation> pending, HashSet<GraphOperation> done, HashSet<GraphOperation> failed,
        List<FailedStep> failures)
    {
        var batch = new List<GraphOperation>();
        foreach (var op in pending.ToArray())
        {
            if (op.Prerequisites.Any(failed.Contains))
            {
                failed.Add(op);
                failures.Add(new FailedStep(op.Step, "not attempted: a prerequisite failed", Transient: true));
                pending.Remove(op);
            }
            else if (batch.Count < GraphBatchExecutor.MaxPartsPerBatch && op.Prerequisites.All(done.Contains))
            {
                batch.Add(op);
                pending.Remove(op);
            }
        }

        return batch;
    }

    private async Task RunRestAsync(IReadOnlyList<RestOperation> operations, ApplyContext ctx, HashSet<GraphOperation> failed,
        List<FailedStep> failures, CancellationToken cancellationToken)
    {
        foreach (var op in operations.OrderBy(o => o.Phase))
        {
            if (op.Prerequisites.Any(failed.Contains))
            {
                failures.Add(new FailedStep(op.Step, "not attempted: a prerequisite failed", Transient: true));
                continue;
            }

            try
            {
                await op.Run(ctx, rest, cancellationToken);
            }
            catch (SharePointRestException ex)
            {
                var transient = ex.Status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)ex.Status >= 500;
                failures.Add(new FailedStep(op.Step, ex.Message, transient));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sending $batch of {Parts} part(s), {Writes} write(s)")]
    private static partial void LogBatch(ILogger logger, int parts, int writes);
}
