using System.CommandLine;

namespace M365PolicyControl.Cli;

/// <summary>The <c>policyctl</c> root command; each verb lives in its own file under Commands/.</summary>
public static class PolicyCtl
{
    /// <summary>Builds the command tree. Tests call this to run verbs in-process.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("M365PolicyControl: HIPAA Security Rule policies as controlled Word documents in SharePoint.");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var parse = BuildRoot().Parse(args);
        return await parse.InvokeAsync(cancellationToken: cancellationToken);
    }
}
