using System.CommandLine;
using M365PolicyControl.Cli.Lifecycle;

namespace M365PolicyControl.Cli.Commands;

/// <summary>
/// <c>policyctl exception add --requirement CIT --policy ID --as UPN --reason .. [--compensating ..] --expires DATE</c>:
/// records an active, time-limited exception in the Policy Exceptions register.
/// </summary>
internal static class ExceptionCommand
{
    public static Command Create()
    {
        var requirement = new Option<string>("--requirement") { Description = "Citation of the requirement, e.g. 164.312(a)(2)(iv).", Required = true };
        var policy = new Option<string>("--policy") { Description = "Policy id of the controlled document the exception is granted against.", Required = true };
        var actor = LifecycleVerb.AsOption("approver of the exception");
        var reason = new Option<string>("--reason") { Description = "Why the requirement is not met (the justification).", Required = true };
        var compensating = new Option<string?>("--compensating") { Description = "Compensating controls in place meanwhile." };
        var expires = new Option<DateOnly>("--expires") { Description = "Last day the exception is in force (yyyy-MM-dd).", Required = true };
        var tenant = new TenantOptions();
        var add = tenant.AddTo(new Command("add", "Record an active exception in the Policy Exceptions register.") { requirement, policy, actor, reason, compensating, expires });
        add.SetAction((parse, ct) => LifecycleVerb.RunAsync("exception add", tenant.Read(parse), async host =>
        {
            var record = await host.Service.AddExceptionAsync(
                parse.GetValue(requirement)!, parse.GetValue(policy)!, parse.GetValue(actor)!, parse.GetValue(reason)!,
                parse.GetValue(compensating), parse.GetValue(expires), ct);
            Console.WriteLine($"{record.Id}: exception on {record.RequirementCitation} in force until {record.Expires:yyyy-MM-dd}.");
            return ExitCodes.Ok;
        }, ct));
        return new Command("exception", "The Policy Exceptions register.") { add };
    }
}
