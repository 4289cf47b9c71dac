using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace M365PolicyControl.Core.Metadata;

/// <summary>A document version in SharePoint's major.minor form: 0.1 is a draft, 1.0 a published major.</summary>
public readonly record struct PolicyVersion(int Major, int Minor) : IComparable<PolicyVersion>
{
    public bool IsMajor => Minor == 0 && Major > 0;

    public int CompareTo(PolicyVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public override string ToString() => $"{Major}.{Minor}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out PolicyVersion? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('.');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || (major == 0 && minor == 0))
        {
            return false;
        }

        version = new PolicyVersion(major, minor);
        return true;
    }

    public static PolicyVersion Parse(string text) =>
        TryParse(text, out var v) ? v.Value : throw new FormatException($"'{text}' is not a major.minor version such as 1.0 or 0.3.");
}
