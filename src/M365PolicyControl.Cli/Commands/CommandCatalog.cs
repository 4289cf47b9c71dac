using System.CommandLine;

namespace M365PolicyControl.Cli;

/// <summary>Every verb of policyctl, one line each, so that adding a verb touches one line here.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return Commands.TenantCommand.Create();
    }
}
