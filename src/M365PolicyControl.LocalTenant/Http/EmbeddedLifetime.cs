using Microsoft.Extensions.Hosting;

namespace M365PolicyControl.LocalTenant.Http;

/// <summary>
/// Keeps the embedded server from taking over Ctrl+C and SIGTERM (the default console lifetime
/// would swallow them): the hosting process decides when to stop, by disposing the server.
/// </summary>
internal sealed class EmbeddedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
