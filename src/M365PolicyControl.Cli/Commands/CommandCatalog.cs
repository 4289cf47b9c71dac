using System.CommandLine;

namespace M365PolicyControl.Cli;

/// <summary>Every verb of policyctl, one line each, so that adding a verb touches one line here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return CatalogCommand.Create();
        yield return Commands.EvidenceCommand.Create();
        yield return Commands.StampCommand.Create();
        yield return Commands.VerifyCommand.Create();
        yield return Commands.InspectCommand.Create();
        yield return Commands.TenantCommand.Create();
        yield return Commands.ImportCommand.Create();
        yield return Commands.SubmitCommand.Create();
        yield return Commands.ApproveCommand.Create();
        yield return Commands.ApproveCommand.CreateReject();
        yield return Commands.TickCommand.Create();
        yield return Commands.ReviewCommand.Create();
        yield return Commands.ReviewCommand.CreateRetire();
        yield return Commands.StatusCommand.Create();
        yield return Commands.StatusCommand.CreateHistory();
        yield return Commands.MatrixCommand.Create();
        yield return Commands.ExceptionCommand.Create();
        yield return Commands.DecisionCommand.Create();
        yield return Commands.DemoCommand.Create();
        yield return Commands.ProvisionCommand.Create();
    }
}
