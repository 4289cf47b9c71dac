using System.Collections.Concurrent;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>An open upload session: where the file goes and the bytes received so far.</summary>
internal sealed class UploadSession
{
    public required string Id { get; init; }

    public required string DriveId { get; init; }

    /// <summary>The folder (path upload) or the existing file (upload by item id).</summary>
    public required string BaseItemId { get; init; }

    /// <summary>Path under <see cref="BaseItemId"/>; empty when replacing the content of an existing item.</summary>
    public required string Path { get; init; }

    public required string ConflictBehavior { get; init; }

    public bool DeferCommit { get; init; }

    public required DateTimeOffset Expires { get; init; }

    public long? Total { get; set; }

    public MemoryStream Buffer { get; } = new();

    public bool Complete => Total is { } total && Buffer.Length == total;
}

/// <summary>Open sessions, in memory: like SharePoint's, they do not outlive the server.</summary>
internal sealed class UploadSessions
{
    private readonly ConcurrentDictionary<string, UploadSession> _sessions = new(StringComparer.Ordinal);

    public void Add(UploadSession session) => _sessions[session.Id] = session;

    public UploadSession? Find(string id) =>
        _sessions.TryGetValue(id, out var session) && session.Expires > DateTimeOffset.UtcNow ? session : null;

    public void Remove(string id)
    {
        if (_sessions.TryRemove(id, out var session))
        {
            session.Buffer.Dispose();
        }
    }
}
