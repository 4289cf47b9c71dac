using M365PolicyControl.Benchmarks;

// Benchmarks are run by hand or by tests/run-benchmarks.sh, never by the test command:
// timings on a shared 2-core machine are figures to report, not assertions.
return await BenchmarkRunner.RunAsync(args);
