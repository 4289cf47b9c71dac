namespace M365PolicyControl.LocalTenant.Http;

/// <summary>If-Match / If-None-Match handling against eTags of the form <c>"{GUID},n"</c>.</summary>
internal static class Preconditions
{
    /// <summary>Throws 412 when If-Match is present, is not <c>*</c>, and names none of <paramref name="current"/>.</summary>
    public static void RequireIfMatch(TenantRequest request, params string[] current)
    {
        var header = request.Header("If-Match");
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return;
        }

        var sent = header.Split(',', StringSplitOptions.TrimEntries).Select(Normalize).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tags = string.Join(',', header.Split(',').Select(Normalize));
        if (!current.Select(Normalize).Any(tag => sent.Contains(tag) || tags.Contains(tag, StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphException.PreconditionFailed();
        }
    }

    public static bool IfNoneMatchHits(TenantRequest request, params string[] current)
    {
        var header = request.Header("If-None-Match");
        return !string.IsNullOrWhiteSpace(header) && current.Select(Normalize).Any(tag => Normalize(header).Contains(tag, StringComparison.OrdinalIgnoreCase));
    }

    // Compare "{GUID},n", "GUID,n" and W/ forms alike: the GUID and the counter are what matter.
    private static string Normalize(string tag) =>
        tag.Trim().Replace("W/", string.Empty, StringComparison.Ordinal).Trim('"').Replace("{", string.Empty).Replace("}", string.Empty);
}
