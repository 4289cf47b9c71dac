namespace M365PolicyControl.Cli.Commands;

/// <summary>
/// Writes a file by writing a temporary file in the same folder and renaming it over the target. A symbolic link is
/// followed (the file it points to is replaced, the link stays); the replaced file's permissions are kept; a
/// read-only target is refused. Messages name the target, never the temporary file.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var target = FinalTarget(path);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new CommandFailure(path, "cannot be written: the folder does not exist");
        }

        var existing = File.Exists(target) ? new FileInfo(target) : null;
        if (existing is not null && IsReadOnly(existing))
        {
            throw new CommandFailure(path, "is read-only; make it writable or write the stamped copy elsewhere with --output");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (existing is not null && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, existing.UnixFileMode);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            var reason = ex.Message.Replace(temp, target, StringComparison.Ordinal).TrimEnd('.');
            throw new CommandFailure(path, $"cannot be written ({reason})");
        }
    }

    /// <summary>The file a path ends at after following every symbolic link; the path itself when it is no link.</summary>
    private static string FinalTarget(string path)
    {
        var file = new FileInfo(Path.GetFullPath(path));
        try
        {
            return file.LinkTarget is null ? file.FullName : file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName;
        }
        catch (IOException ex)
        {
            throw new CommandFailure(path, $"cannot be written: its link cannot be followed ({ex.Message.TrimEnd('.')})");
        }
    }

    private static bool IsReadOnly(FileInfo file) =>
        file.IsReadOnly
        || (!OperatingSystem.IsWindows()
            && (file.UnixFileMode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the temp file is hidden and uniquely named, so a leftover is harmless.
        }
    }
}
