using Xunit;

namespace M365PolicyControl.TestSupport;

/// <summary>
/// A fact that needs a path under ../shared (the corpus or the reference list); it is skipped with a
/// message naming the missing path when that path is absent, rather than passing silently.
/// </summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string relativePath)
    {
        var full = Path.Combine(RepoPaths.SharedRoot, relativePath);
        if (!Directory.Exists(full) && !File.Exists(full))
        {
            Skip = $"{full} is not present (the shared corpus is laid beside the repository as ../shared); skipped.";
        }
    }
}

/// <summary>The theory form of <see cref="SharedFactAttribute"/>.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string relativePath)
    {
        var full = Path.Combine(RepoPaths.SharedRoot, relativePath);
        if (!Directory.Exists(full) && !File.Exists(full))
        {
            Skip = $"{full} is not present (the shared corpus is laid beside the repository as ../shared); skipped.";
        }
    }
}
