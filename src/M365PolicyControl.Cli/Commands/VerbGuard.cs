namespace M365PolicyControl.Cli.Commands;

/// <summary>
/// Runs a verb's body so that every failure ends as one line on stderr: a <see cref="CommandFailure"/> with its own
/// exit code, anything unforeseen as exit 2 (System.CommandLine would print a stack trace and exit 1, the code
/// policyctl keeps for "the check found a problem").
/// </summary>
internal static class VerbGuard
{
    public static Task<int> Run(string subject, TextWriter error, Func<int> verb)
    {
        try
        {
            return Task.FromResult(verb());
        }
        catch (CommandFailure failure)
        {
            return Task.FromResult(failure.Report(error));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var message = string.Join(' ', ex.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
            error.WriteLine($"policyctl: {subject}: failed unexpectedly ({ex.GetType().Name}: {message})");
            return Task.FromResult(ExitCodes.Error);
        }
    }
}
