using M365PolicyControl.Word.Conversion;

namespace M365PolicyControl.Cli.Lifecycle;

/// <summary>Collects the Word files to import from folders and file names; markdown policies are converted to .docx first.</summary>
internal static class PolicyFiles
{
    private static readonly string[] WordExtensions = [".docx", ".docm"];

    // Repository boilerplate that sits beside markdown policy sets but is not a policy.
    private static readonly string[] NotPolicies = ["README", "LICENSE", "UPSTREAM-README", "CHANGELOG"];

    /// <summary>The files to import, in name order.</summary>
    /// <param name="inputs">Folders (their top-level .docx, .docm and .md files) and files.</param>
    /// <param name="conversionFolder">Where converted markdown files are written.</param>
    /// <exception cref="FileNotFoundException">An input does not exist.</exception>
    public static IReadOnlyList<string> Collect(IEnumerable<string> inputs, string conversionFolder)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input).Where(IsCandidate).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                throw new FileNotFoundException($"{input}: no such file or folder.");
            }
        }

        return files.Select(f => IsMarkdown(f) ? Convert(f, conversionFolder) : Path.GetFullPath(f)).ToArray();
    }

    private static bool IsCandidate(string path) =>
        (WordExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) && !Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal))
        || (IsMarkdown(path) && !NotPolicies.Contains(Path.GetFileNameWithoutExtension(path), StringComparer.OrdinalIgnoreCase));

    private static bool IsMarkdown(string path) => Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase);

    private static string Convert(string markdownPath, string conversionFolder)
    {
        Directory.CreateDirectory(conversionFolder);
        var docx = Path.Combine(conversionFolder, Path.GetFileNameWithoutExtension(markdownPath) + ".docx");
        MarkdownDocxConverter.ConvertFile(markdownPath, docx);
        return Path.GetFullPath(docx);
    }
}
