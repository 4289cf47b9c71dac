using System.Text.Json;
using System.Text.Json.Serialization;

namespace M365PolicyControl.Reports.Packet;

/// <summary>One file of the packet as the manifest records it.</summary>
/// <param name="Path">Zip entry name, forward slashes, e.g. <c>documents/POL-AC-001-v2.0.docx</c>.</param>
/// <param name="Size">Uncompressed size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the uncompressed content.</param>
public sealed record ManifestFile(string Path, long Size, string Sha256);

/// <summary><c>manifest.json</c>: what the packet holds, with a digest of every other file in it.</summary>
public sealed record PacketManifest(
    string Format,
    DateTimeOffset GeneratedAt,
    string CatalogId,
    DateOnly AsOf,
    IReadOnlyList<ManifestFile> Files)
{
    /// <summary>The entry name of the manifest itself, which lists every entry but itself.</summary>
    public const string EntryName = "manifest.json";

    /// <summary>The format tag written into new manifests.</summary>
    public const string CurrentFormat = "m365pc-evidence-packet/1";

    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };
}
