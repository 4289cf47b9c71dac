using System.CommandLine;
using M365PolicyControl.Word;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl verify &lt;file&gt; [--json]</c>: 0 unchanged, 1 body or stamp changed, 3 not stamped, 2 error.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The stamped Word document." };
        var json = new Option<bool>("--json") { Description = "Write the result as JSON." };
        var command = new Command("verify", "Check that a stamped document's body is unchanged since it was stamped.") { file, json };
        command.SetAction((parseResult, _) =>
        {
            var config = parseResult.InvocationConfiguration;
            var path = parseResult.GetValue(file)!;
            return VerbGuard.Run(path, config.Error, () =>
            {
                var result = WordFileInput.Run(path, StampVerifier.Verify);
                config.Output.WriteLine(parseResult.GetValue(json) ? CommandJson.Serialize(ToJson(path, result)) : Describe(path, result));
                return ExitCodeOf(result.Status);
            });
        });
        return command;
    }

    private static int ExitCodeOf(VerifyStatus status) => status switch
    {
        VerifyStatus.Unchanged => ExitCodes.Ok,
        VerifyStatus.BodyChanged or VerifyStatus.StampAltered => ExitCodes.CheckFailed,
        _ => ExitCodes.NotStamped,
    };

    private static string Describe(string path, VerifyResult result)
    {
        if (result.Record is not { } record)
        {
            return $"{path}: not stamped (no M365PolicyControl stamp record)";
        }

        var stamp = $"{record.PolicyId} v{record.Version}, stamped {record.StampedAt:yyyy-MM-dd HH:mm}Z";
        var problems = string.Concat(result.StampProblems.Select(p => $"\n  STAMP ALTERED: {p}"));
        if (result.Status != VerifyStatus.BodyChanged)
        {
            return $"{path}: {stamp}; body unchanged (hash {result.CurrentHash[..12]}…)" + problems;
        }

        var lines = result.Changes.Select(c => c.Kind == ParagraphChangeKind.Removed
            ? $"  paragraph {c.Number} of the stamped body was removed"
            : $"  paragraph {c.Number} {c.Kind.ToString().ToLowerInvariant()}: \"{Shorten(c.CurrentText)}\"");
        return $"{path}: {stamp}; BODY CHANGED since stamping (hash was {Short(record.BodyHash)}…, now {result.CurrentHash[..12]}…)\n" +
            string.Join('\n', lines) + problems;
    }

    private static string Short(string hash) => hash.Length <= 12 ? hash : hash[..12];

    private static string Shorten(string? text) => text is null ? string.Empty : text.Length <= 80 ? text : text[..80] + "…";

    private static object ToJson(string path, VerifyResult result) => new
    {
        file = path,
        status = result.Status,
        policyId = result.Record?.PolicyId,
        version = result.Record?.Version,
        stampedAt = result.Record?.StampedAt,
        stampedHash = result.Record?.BodyHash,
        currentHash = result.CurrentHash,
        controlBlockPresent = result.ControlBlockPresent,
        stampProblems = result.StampProblems,
        changes = result.Changes,
    };
}
