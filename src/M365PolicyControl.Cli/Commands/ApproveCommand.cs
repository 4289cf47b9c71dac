using System.CommandLine;
using M365PolicyControl.Cli.Lifecycle;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl approve &lt;policyId&gt; --as &lt;upn&gt; [--comment]</c> and <c>reject ... --comment</c>.</summary>
internal static class ApproveCommand
{
    public static Command Create()
    {
        var policyId = new Argument<string>("policyId") { Description = "The document's policy id." };
        var actor = LifecycleVerb.AsOption("approver");
        var comment = new Option<string?>("--comment") { Description = "Approval comment." };
        var tenant = new TenantOptions();
        var command = tenant.AddTo(new Command("approve", "Approve the version in review; it is stamped so the approved major is the stamped one.") { policyId, actor, comment });
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("approve", tenant.Read(parse), async host =>
        {
            var record = await host.Service.ApproveAsync(parse.GetValue(policyId)!, parse.GetValue(actor)!, parse.GetValue(comment), ct);
            Console.WriteLine($"{record.PolicyId} approved: version {record.File.VersionLabel}, effective {record.Metadata.EffectiveDate:yyyy-MM-dd}, body hash {record.BodyHash}.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static Command CreateReject()
    {
        var policyId = new Argument<string>("policyId") { Description = "The document's policy id." };
        var actor = LifecycleVerb.AsOption("approver");
        var comment = new Option<string>("--comment") { Description = "What the author should change.", Required = true };
        var tenant = new TenantOptions();
        var command = tenant.AddTo(new Command("reject", "Reject the version in review; it returns to Draft with the comment.") { policyId, actor, comment });
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("reject", tenant.Read(parse), async host =>
        {
            var record = await host.Service.RejectAsync(parse.GetValue(policyId)!, parse.GetValue(actor)!, parse.GetValue(comment)!, ct);
            Console.WriteLine($"{record.PolicyId} rejected: back to {record.Status}.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
