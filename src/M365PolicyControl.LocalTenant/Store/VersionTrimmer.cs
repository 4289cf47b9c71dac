namespace M365PolicyControl.LocalTenant.Store;

/// <summary>
/// Applies MajorVersionLimit and MajorWithMinorVersionsLimit (0 means no limit) the way the
/// library settings page describes them: keep N majors, and drafts only for the last M majors.
/// </summary>
internal static class VersionTrimmer
{
    public static void Trim(ListSettings settings, ItemRecord item)
    {
        var current = item.Versions[^1];
        if (settings.MajorVersionLimit > 0)
        {
            var keptMajors = item.Versions.Where(version => version.Minor == 0).Select(version => version.Major)
                .Distinct().OrderByDescending(major => major).Take(settings.MajorVersionLimit).ToHashSet();
            var oldestKept = keptMajors.Count == 0 ? 0 : keptMajors.Min();
            item.Versions.RemoveAll(version => version != current && version.Minor == 0 && !keptMajors.Contains(version.Major));
            item.Versions.RemoveAll(version => version != current && version.Minor > 0 && version.Major < oldestKept - 1);
        }

        if (settings.EnableMinorVersions && settings.MajorWithMinorVersionsLimit > 0)
        {
            var lowestWithDrafts = item.Major - settings.MajorWithMinorVersionsLimit;
            item.Versions.RemoveAll(version => version != current && version.Minor > 0 && version.Major < lowestWithDrafts);
        }
    }
}
