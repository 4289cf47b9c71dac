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

        // System.CommandLine exits 1 on a usage error, which policyctl reserves for "the check found a problem".
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"policyctl: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Run 'policyctl --help' for usage.");
            return ExitCodes.Error;
        }

        return await parse.InvokeAsync(cancellationToken: cancellationToken);
    }
}
