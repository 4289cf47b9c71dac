namespace M365PolicyControl.Cli.Commands;

/// <summary>A failure that ends a verb with one line on stderr naming the input and the reason.</summary>
internal sealed class CommandFailure(string subject, string reason, int exitCode = ExitCodes.Error) : Exception($"{subject}: {reason}")
{
    public int ExitCode { get; } = exitCode;

    /// <summary>Writes the one-line message and returns the exit code.</summary>
    public int Report(TextWriter error)
    {
        error.WriteLine($"policyctl: {Message}");
        return ExitCode;
    }
}
