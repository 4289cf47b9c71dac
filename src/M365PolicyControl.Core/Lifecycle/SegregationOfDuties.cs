namespace M365PolicyControl.Core.Lifecycle;

/// <summary>The approver of a version may be neither its author nor its last editor.</summary>
public static class SegregationOfDuties
{
    /// <summary>
    /// Null when <paramref name="approver"/> may approve, else the refusal. User names are compared without
    /// regard to case or surrounding spaces, and a SharePoint claims prefix (<c>i:0#.f|membership|</c>) is ignored.
    /// </summary>
    public static string? Check(string? approver, string? author, string? lastEditor)
    {
        if (string.IsNullOrWhiteSpace(approver))
        {
            return "Approval needs the approver's user name.";
        }

        if (Same(approver, author))
        {
            return $"{Bare(approver)} wrote this version and cannot also approve it (segregation of duties); ask another approver.";
        }

        return Same(approver, lastEditor)
            ? $"{Bare(approver)} last edited this version and cannot also approve it (segregation of duties); ask another approver."
            : null;
    }

    /// <summary>True when the two name the same user.</summary>
    public static bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(Bare(a), Bare(b), StringComparison.OrdinalIgnoreCase);

    private static string Bare(string upn)
    {
        var trimmed = upn.Trim();
        return trimmed[(trimmed.LastIndexOf('|') + 1)..].Trim();
    }
}
