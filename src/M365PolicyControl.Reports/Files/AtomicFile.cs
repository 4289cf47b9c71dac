namespace M365PolicyControl.Reports.Files;

/// <summary>Writes a file so that readers see either the old file or the complete new one, never half of it.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Runs <paramref name="write"/> against a temporary file beside <paramref name="path"/>, then renames it into
    /// place. On failure the temporary file is removed and any existing file at the path is left as it was.
    /// </summary>
    public static async Task<T> WriteAsync<T>(
        string path, Func<Stream, CancellationToken, Task<T>> write, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            T result;
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: true))
            {
                result = await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temp, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The form of <see cref="WriteAsync{T}"/> for writers that return nothing.</summary>
    public static Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default) =>
        WriteAsync<bool>(path, async (s, ct) =>
        {
            await write(s, ct);
            return true;
        }, cancellationToken);
}
