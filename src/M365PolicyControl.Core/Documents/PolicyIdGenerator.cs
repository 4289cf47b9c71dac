using System.Security.Cryptography;
using System.Text;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Documents;

/// <summary>
/// Generates a policy id for a document imported without one. The id depends only on the kind and the
/// file name, so importing the same file again (even into a fresh library) yields the same id.
/// </summary>
public static class PolicyIdGenerator
{
    /// <summary>The id prefix for a kind: POL, PRC, STD or PLN.</summary>
    public static string PrefixOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Procedure => "PRC",
        DocumentKind.Standard => "STD",
        DocumentKind.Plan => "PLN",
        _ => "POL",
    };

    /// <summary>Returns e.g. <c>POL-3FA2C1</c> for a policy file name.</summary>
    public static string Generate(DocumentKind kind, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName).Trim().ToLowerInvariant();
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(stem));
        return $"{PrefixOf(kind)}-{Convert.ToHexString(digest, 0, 3)}";
    }
}
