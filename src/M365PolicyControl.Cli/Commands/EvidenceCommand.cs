using System.CommandLine;
using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.Reports.Packet;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl evidence -o packet.zip</c>: the audit evidence packet read from the library.</summary>
/// <summary><c>policyctl evidence</c>: the audit evidence packet. Each subcommand lives in its own file.</summary>
internal static class EvidenceCommand
{
    public static Command Create()
    {
        var output = new Option<string>("-o", "--output") { Description = "The packet zip to write.", DefaultValueFactory = _ => "evidence-packet.zip" };
        var data = LifecycleVerb.DataOption();
        var command = new Command("evidence", "Write the audit evidence packet (index, matrix, stamped documents, history, registers, manifest).") { output, data };
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("evidence", parse.GetValue(data)!, async host =>
        {
            var input = await EvidenceSource.ReadAsync(host.Service, host.Service.Today, ct);
            var path = parse.GetValue(output)!;
            var manifest = await EvidencePacketWriter.WriteToFileAsync(input, path, ct);
            Console.WriteLine($"Evidence packet written to {Path.GetFullPath(path)} ({manifest.Files.Count} files).");
            return ExitCodes.Ok;
        }, ct));
        var command = new Command("evidence", "Write or check the audit evidence packet (zip with documents, matrix, registers and a SHA-256 manifest).");
        command.Subcommands.Add(EvidenceVerifyCommand.Create());
        return command;
    }
}
