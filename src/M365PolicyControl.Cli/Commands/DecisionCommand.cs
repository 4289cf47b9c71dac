using System.CommandLine;
using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.Core.Coverage;

namespace M365PolicyControl.Cli.Commands;

/// <summary>
/// <c>policyctl decision add --requirement CIT --decision implemented|alternative|not-reasonable --as UPN --rationale ..</c>:
/// records the decision for an addressable specification in the Implementation Decisions register.
/// </summary>
internal static class DecisionCommand
{
    public static Command Create()
    {
        var requirement = new Option<string>("--requirement") { Description = "Citation of an addressable specification, e.g. 164.312(a)(2)(iv).", Required = true };
        var decision = new Option<string>("--decision") { Description = "implemented, alternative or not-reasonable.", Required = true };
        decision.AcceptOnlyFromAmong("implemented", "alternative", "not-reasonable");
        var actor = LifecycleVerb.AsOption("person who decided");
        var rationale = new Option<string>("--rationale") { Description = "Why; for an alternative, what is done instead.", Required = true };
        var tenant = new TenantOptions();
        var add = tenant.AddTo(new Command("add", "Record an implementation decision in the Implementation Decisions register.") { requirement, decision, actor, rationale });
        add.SetAction((parse, ct) => LifecycleVerb.RunAsync("decision add", tenant.Read(parse), async host =>
        {
            var outcome = parse.GetValue(decision) switch
            {
                "implemented" => DecisionOutcome.Implemented,
                "alternative" => DecisionOutcome.Alternative,
                _ => DecisionOutcome.NotReasonableAndAppropriate,
            };
            var record = await host.Service.AddDecisionAsync(parse.GetValue(requirement)!, outcome, parse.GetValue(actor)!, parse.GetValue(rationale)!, ct);
            Console.WriteLine($"{record.Id}: {record.RequirementCitation} {SharePoint.Lifecycle.PolicyLifecycleService.DecisionName(outcome)}.");
            return ExitCodes.Ok;
        }, ct));
        return new Command("decision", "The Implementation Decisions register.") { add };
    }
}
