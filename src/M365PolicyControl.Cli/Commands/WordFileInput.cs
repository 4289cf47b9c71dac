using M365PolicyControl.Word;

namespace M365PolicyControl.Cli.Commands;

/// <summary>Reads a Word file given on the command line into memory, turning every failure into a <see cref="CommandFailure"/>.</summary>
internal static class WordFileInput
{
    public static byte[] ReadAll(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CommandFailure(path, "is a folder, not a Word file");
        }

        if (!File.Exists(path))
        {
            throw new CommandFailure(path, "file not found");
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CommandFailure(path, $"cannot be read ({ex.Message.TrimEnd('.')})");
        }
    }

    /// <summary>Runs an engine call on a file's bytes, naming the file in any failure.</summary>
    public static T Run<T>(string path, Func<Stream, T> action)
    {
        var bytes = ReadAll(path);
        try
        {
            return action(new MemoryStream(bytes, writable: false));
        }
        catch (WordDocumentException ex)
        {
            throw new CommandFailure(path, ex.Message);
        }
    }
}
