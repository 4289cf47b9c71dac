using System.CommandLine;
using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.SharePoint.Lifecycle;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl review &lt;policyId&gt; --as &lt;upn&gt; --outcome no-change|revise|retire [--notes]</c> and <c>retire</c>.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var policyId = new Argument<string>("policyId") { Description = "The document's policy id." };
        var actor = LifecycleVerb.AsOption("reviewer");
        var outcome = new Option<string>("--outcome") { Description = "no-change, revise or retire.", Required = true };
        outcome.AcceptOnlyFromAmong("no-change", "revise", "retire");
        var notes = new Option<string?>("--notes") { Description = "Findings of the review." };
        var tenant = new TenantOptions();
        var command = tenant.AddTo(new Command("review", "Record a periodic review in the Policy Reviews register.") { policyId, actor, outcome, notes });
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("review", tenant.Read(parse), async host =>
        {
            var result = ReviewSchedule.ParseOutcome(parse.GetValue(outcome)) ?? ReviewOutcome.Retire;
            var record = await host.Service.ReviewAsync(parse.GetValue(policyId)!, parse.GetValue(actor)!, result, parse.GetValue(notes), ct);
            Console.WriteLine($"{record.PolicyId} reviewed ({PolicyLifecycleService.OutcomeName(result)}): {record.Status}, next review {record.Metadata.EffectiveNextReviewDue:yyyy-MM-dd}.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static Command CreateRetire()
    {
        var policyId = new Argument<string>("policyId") { Description = "The document's policy id." };
        var reason = new Option<string>("--reason") { Description = "Why it is retired.", Required = true };
        var replacedBy = new Option<string?>("--replaced-by") { Description = "Policy id of the successor." };
        var actor = new Option<string>("--as") { Description = "UPN of the retiring user.", DefaultValueFactory = _ => LocalTenant.Directory.SeededDirectory.Users[1].UserPrincipalName };
        var tenant = new TenantOptions();
        var command = tenant.AddTo(new Command("retire", "Retire a document; it is kept until RetainUntil.") { policyId, reason, replacedBy, actor });
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("retire", tenant.Read(parse), async host =>
        {
            var record = await host.Service.RetireAsync(parse.GetValue(policyId)!, parse.GetValue(actor)!, parse.GetValue(reason)!, parse.GetValue(replacedBy), ct);
            Console.WriteLine($"{record.PolicyId} retired; kept until {record.RetainUntil:yyyy-MM-dd}.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
