using System.Diagnostics;

namespace M365PolicyControl.Benchmarks;

/// <summary>Samples this process's working set every 50 ms and keeps the highest value seen.</summary>
internal sealed class WorkingSetSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public WorkingSetSampler()
    {
        _loop = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!_stop.IsCancellationRequested)
            {
                process.Refresh();
                _peak = Math.Max(_peak, process.WorkingSet64);
                try
                {
                    await Task.Delay(50, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });
    }

    /// <summary>Stops sampling and returns the peak in bytes.</summary>
    public long Stop()
    {
        _stop.Cancel();
        _loop.Wait();
        return _peak;
    }

    public void Dispose() => _stop.Dispose();
}
