namespace M365PolicyControl.Cli.Tests;

/// <summary>Runs policyctl in-process with stdout and stderr captured.</summary>
internal static class CliRun
{
    private static readonly SemaphoreSlim ConsoleGate = new(1, 1);

    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        await ConsoleGate.WaitAsync();
        var (oldOut, oldError) = (Console.Out, Console.Error);
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            var code = await PolicyCtl.RunAsync(args);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
            ConsoleGate.Release();
        }
    }
}

/// <summary>CLI tests redirect the process console, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
