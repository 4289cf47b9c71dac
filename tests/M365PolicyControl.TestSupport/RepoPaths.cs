namespace M365PolicyControl.TestSupport;

/// <summary>Locates the repository and the shared folder beside it (../shared), where the corpus lives.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The folder holding M365PolicyControl.sln.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The shared folder: M365PC_SHARED when set, else ../shared beside the repository.</summary>
    public static string SharedRoot =>
        Environment.GetEnvironmentVariable("M365PC_SHARED") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string CorpusDocx => Path.Combine(SharedRoot, "corpus", "docx");

    public static string CorpusBadDocx => Path.Combine(CorpusDocx, "bad");

    public static string CorpusPolicies => Path.Combine(SharedRoot, "corpus", "policies");

    public static string ReferenceCatalogTsv => Path.Combine(SharedRoot, "reference", "hipaa-security-rule-2013.tsv");

    public static string InRepo(params string[] parts) => Path.Combine([RepoRoot, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "M365PolicyControl.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"M365PolicyControl.sln not found above {AppContext.BaseDirectory}.");
    }
}
