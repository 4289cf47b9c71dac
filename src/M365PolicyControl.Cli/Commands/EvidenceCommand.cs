using System.CommandLine;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl evidence</c>: the audit evidence packet. Each subcommand lives in its own file.</summary>
internal static class EvidenceCommand
{
    public static Command Create()
    {
        var command = new Command("evidence", "Write or check the audit evidence packet (zip with documents, matrix, registers and a SHA-256 manifest).");
        command.Subcommands.Add(EvidenceVerifyCommand.Create());
        return command;
    }
}
