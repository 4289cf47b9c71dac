using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Word.Tests;

/// <summary>Theory data: the file names of the shared .docx corpus (none when it is absent; the theory then skips).</summary>
public static class CorpusFiles
{
    private static readonly string[] WordExtensions = [".docx", ".docm", ".dotx", ".dotm"];

    public static IEnumerable<object[]> Good() => Files(RepoPaths.CorpusDocx, f => WordExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase));

    public static IEnumerable<object[]> Bad() => Files(RepoPaths.CorpusBadDocx, f => !f.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase));

    public static string Good(string name) => Path.Combine(RepoPaths.CorpusDocx, name);

    public static string Bad(string name) => Path.Combine(RepoPaths.CorpusBadDocx, name);

    private static IEnumerable<object[]> Files(string folder, Func<string, bool> include)
    {
        if (!Directory.Exists(folder))
        {
            // xUnit needs at least one row; the SharedTheory is skipped in this case anyway.
            return [["(corpus absent)"]];
        }

        return Directory.EnumerateFiles(folder).Where(include).Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(f => new object[] { f! });
    }
}
