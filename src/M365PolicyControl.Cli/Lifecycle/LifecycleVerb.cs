using System.CommandLine;
using M365PolicyControl.SharePoint.Lifecycle;

namespace M365PolicyControl.Cli.Lifecycle;

/// <summary>What every lifecycle verb shares: opening the host on the configured tenant, and turning refusals into one clear line.</summary>
internal static class LifecycleVerb
{
    public static Option<string> AsOption(string role) => new("--as")
    {
        Description = $"UPN of the {role} (a user of the tenant).",
        Required = true,
    };

    /// <summary>Opens the library, runs <paramref name="body"/>, and maps refusals to stderr and exit codes.</summary>
    public static async Task<int> RunAsync(string verb, TenantTarget target, Func<LifecycleHost, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            await using var host = await LifecycleHost.OpenAsync(target, cancellationToken: cancellationToken);
            return await body(host);
        }
        catch (LifecycleException e) when (e.Error == LifecycleError.SubmissionProblems)
        {
            await Console.Error.WriteLineAsync($"{verb}: {e.Message}");
            foreach (var problem in e.Problems)
            {
                await Console.Error.WriteLineAsync($"  - {problem}");
            }

            return ExitCodes.CheckFailed;
        }
        catch (LifecycleException e)
        {
            await Console.Error.WriteLineAsync($"{verb}: {e.Message}");
            return e.Error is LifecycleError.SegregationOfDuties or LifecycleError.BodyChangedSinceSubmission or LifecycleError.RetentionHold
                ? ExitCodes.CheckFailed
                : ExitCodes.Error;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await Console.Error.WriteLineAsync($"{verb}: {e.Message}");
            return ExitCodes.Error;
        }
    }
}
