using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Word.Tests;

/// <summary>
/// A fact that needs LibreOffice (<c>soffice</c>) and poppler (<c>pdftotext</c>) on PATH and the shared corpus;
/// skipped with a message saying what is missing (.ci/run installs libreoffice-writer and poppler-utils).
/// </summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        var missing = new[] { "soffice", "pdftotext" }.Where(tool => FindOnPath(tool) is null).ToList();
        if (missing.Count > 0)
        {
            Skip = $"{string.Join(" and ", missing)} not on PATH (install libreoffice-writer and poppler-utils); PDF rendering check skipped.";
        }
        else if (!Directory.Exists(RepoPaths.CorpusDocx))
        {
            Skip = $"{RepoPaths.CorpusDocx} is not present; PDF rendering check skipped.";
        }
    }

    public static string? FindOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
}
