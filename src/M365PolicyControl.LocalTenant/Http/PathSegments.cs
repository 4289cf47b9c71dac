using System.Text;

namespace M365PolicyControl.LocalTenant.Http;

/// <summary>
/// Splits a raw request path into decoded segments, folding Graph's path addressing
/// (<c>{host}:/{path}:</c>, <c>root:/{path}:</c>) into one segment. The SDK sends those with
/// <c>/</c> and <c>:</c> percent-encoded inside a single segment; hand-written URLs send them
/// decoded across several segments. Both forms give the same result.
/// </summary>
internal static class PathSegments
{
    public static List<string> Parse(string rawPath)
    {
        var decoded = rawPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        var result = new List<string>();
        for (var index = 0; index < decoded.Count; index++)
        {
            var segment = decoded[index];
            var colon = segment.IndexOf(':');
            if (colon <= 0 || segment.StartsWith('$'))
            {
                result.Add(segment);
                continue;
            }

            var head = segment[..colon];
            var rest = new StringBuilder(segment[(colon + 1)..]);
            var closed = rest.Length > 0;
            while (!closed && index + 1 < decoded.Count)
            {
                var next = decoded[++index];
                rest.Append('/').Append(next);
                closed = next.EndsWith(':');
            }

            result.Add(head + ":/" + rest.ToString().TrimEnd(':').Trim('/'));
        }

        return InsertImplicitItems(result);
    }

    /// <summary>The part after <c>:/</c> of an address segment, or null for a plain segment.</summary>
    public static string? AddressPath(string segment)
    {
        var marker = segment.IndexOf(":/", StringComparison.Ordinal);
        return marker < 0 ? null : segment[(marker + 2)..];
    }

    /// <summary>The part before <c>:/</c> of an address segment (the host or the base item).</summary>
    public static string AddressHead(string segment)
    {
        var marker = segment.IndexOf(":/", StringComparison.Ordinal);
        return marker < 0 ? segment : segment[..marker];
    }

    // drives/{d}/root and drives/{d}/root:/x: are shorthands for drives/{d}/items/root[:/x:]
    private static List<string> InsertImplicitItems(List<string> segments)
    {
        for (var index = 1; index < segments.Count; index++)
        {
            var isRoot = segments[index] == "root" || segments[index].StartsWith("root:/", StringComparison.Ordinal);
            var afterDrive = segments[index - 1] == "drive" || (index >= 2 && segments[index - 2] == "drives");
            if (isRoot && afterDrive && segments[index - 1] != "items")
            {
                segments.Insert(index, "items");
                index++;
            }
        }

        return segments;
    }
}
