using System.CommandLine;
using System.Text.Json;
using M365PolicyControl.Reports.Packet;

namespace M365PolicyControl.Cli.Commands;

/// <summary>
/// <c>policyctl evidence verify &lt;packet.zip&gt; [--json]</c>: checks every file of a packet against its manifest.
/// Exit 0 intact, 1 tampered (missing, extra or changed files, or no usable manifest), 2 unreadable input.
/// </summary>
internal static class EvidenceVerifyCommand
{
    private static readonly JsonSerializerOptions JsonOutput = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var packet = new Argument<FileInfo>("packet") { Description = "The evidence packet (.zip) to check." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("verify", "Check an evidence packet against its manifest: every file present, unchanged, nothing added.")
        {
            packet,
            json,
        };
        command.SetAction((parseResult, _) => Task.FromResult(Run(
            parseResult.GetValue(packet)!, parseResult.GetValue(json), parseResult.InvocationConfiguration)));
        return command;
    }

    private static int Run(FileInfo packet, bool json, InvocationConfiguration console)
    {
        PacketVerification result;
        try
        {
            result = EvidencePacketVerifier.Verify(packet.FullName);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"evidence verify: {Reason(packet, e)}");
            return ExitCodes.Error;
        }

        if (json)
        {
            console.Output.WriteLine(JsonSerializer.Serialize(new
            {
                packet = result.PacketPath,
                valid = result.IsValid,
                filesChecked = result.FilesChecked,
                problems = result.Problems.Select(p => new { kind = p.Kind.ToString().ToLowerInvariant(), path = p.Path, detail = p.Detail }),
            }, JsonOutput));
        }
        else
        {
            WriteText(result, console.Output);
        }

        return result.IsValid ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }

    private static void WriteText(PacketVerification result, TextWriter output)
    {
        if (result.IsValid)
        {
            output.WriteLine($"OK {result.PacketPath}: {result.FilesChecked} files match the manifest.");
            return;
        }

        output.WriteLine($"TAMPERED {result.PacketPath}: {result.Problems.Count} problem(s).");
        foreach (var problem in result.Problems)
        {
            output.WriteLine("  " + problem);
        }
    }

    // The verifier's own messages already name the file; system I/O messages get the path put in front.
    private static string Reason(FileInfo packet, Exception e) => e switch
    {
        InvalidDataException => e.Message,
        FileNotFoundException or DirectoryNotFoundException => $"{packet.FullName}: no such file",
        UnauthorizedAccessException => $"{packet.FullName}: permission denied",
        _ => $"{packet.FullName}: {e.Message}",
    };
}
