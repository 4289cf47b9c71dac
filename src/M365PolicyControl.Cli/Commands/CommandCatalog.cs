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
        yield return Commands.ProvisionCommand.Create();
    }
}
