namespace M365PolicyControl.Benchmarks;

/// <summary>Dispatches <c>dotnet run -- NAME [options]</c> to one benchmark; each lives in its own file.</summary>
internal static class BenchmarkRunner
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Benchmarks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["provision"] = ProvisionBenchmark.RunAsync,
        ["reports"] = ReportsBenchmark.RunAsync,
        ["stamp"] = StampBenchmark.RunAsync,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Benchmarks.TryGetValue(args[0], out var run))
        {
            Console.Error.WriteLine($"usage: M365PolicyControl.Benchmarks <{string.Join("|", Benchmarks.Keys)}> [options]");
            return 2;
        }

        return await run(args[1..]);
    }
}
