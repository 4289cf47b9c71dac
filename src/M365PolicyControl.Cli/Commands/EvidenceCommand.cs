using System.CommandLine;
using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.Reports.Packet;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl evidence -o packet.zip</c>: the audit evidence packet read from the library.</summary>
/// <remarks><c>policyctl evidence verify packet.zip</c> checks a packet (its own file).</remarks>
internal static class EvidenceCommand
{
    public static Command Create()
    {
        var output = new Option<string>("-o", "--output") { Description = "The packet zip to write.", DefaultValueFactory = _ => "evidence-packet.zip" };
        var tenant = new TenantOptions();
        var command = tenant.AddTo(new Command("evidence", "Write the audit evidence packet (index, matrix, stamped documents, history, registers, manifest).") { output });
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("evidence", tenant.Read(parse), async host =>
        {
            var input = await EvidenceSource.ReadAsync(host.Service, host.Service.Today, ct);
            var path = parse.GetValue(output)!;
            var manifest = await EvidencePacketWriter.WriteToFileAsync(input, path, ct);
            Console.WriteLine($"Evidence packet written to {Path.GetFullPath(path)} ({manifest.Files.Count} files).");
            return ExitCodes.Ok;
        }, ct));
        command.Subcommands.Add(EvidenceVerifyCommand.Create());
        return command;
    }
}
