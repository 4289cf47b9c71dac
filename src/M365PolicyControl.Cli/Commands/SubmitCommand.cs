using System.CommandLine;
using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.LocalTenant.Directory;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl submit &lt;policyId&gt;</c>: checks the draft and publishes a major version pending approval.</summary>
internal static class SubmitCommand
{
    public static Command Create()
    {
        var policyId = new Argument<string>("policyId") { Description = "The document's policy id." };
        var actor = new Option<string>("--as") { Description = "UPN of the submitting user.", DefaultValueFactory = _ => SeededDirectory.Users[1].UserPrincipalName };
        var tenant = new TenantOptions();
        var command = tenant.AddTo(new Command("submit", "Check a draft and send it for approval; every problem is listed.") { policyId, actor });
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("submit", tenant.Read(parse), async host =>
        {
            var record = await host.Service.SubmitAsync(parse.GetValue(policyId)!, parse.GetValue(actor)!, ct);
            Console.WriteLine($"{record.PolicyId} submitted: version {record.File.VersionLabel}, {record.File.Moderation}.");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
