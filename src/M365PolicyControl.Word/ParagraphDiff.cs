namespace M365PolicyControl.Word;

/// <summary>
/// Locates the changed stretch between the stamped paragraph fingerprints and the current ones by trimming the
/// common beginning and end; enough to name the first differing paragraphs without a full diff.
/// </summary>
internal static class ParagraphDiff
{
    public static IReadOnlyList<ParagraphChange> FirstChanges(
        IReadOnlyList<ulong> stamped, IReadOnlyList<string> current, int limit)
    {
        var now = current.Select(BodyDigest.FingerprintOf).ToArray();
        var prefix = 0;
        while (prefix < stamped.Count && prefix < now.Length && stamped[prefix] == now[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < stamped.Count - prefix && suffix < now.Length - prefix
            && stamped[stamped.Count - 1 - suffix] == now[now.Length - 1 - suffix])
        {
            suffix++;
        }

        var oldCount = stamped.Count - prefix - suffix;
        var newCount = now.Length - prefix - suffix;
        var changes = new List<ParagraphChange>();
        for (var i = 0; i < Math.Max(oldCount, newCount) && changes.Count < limit; i++)
        {
            var index = prefix + i;
            changes.Add(i < newCount
                ? new ParagraphChange(index + 1, i < oldCount ? ParagraphChangeKind.Changed : ParagraphChangeKind.Added, current[index])
                : new ParagraphChange(index + 1, ParagraphChangeKind.Removed, null));
        }

        return changes;
    }
}
