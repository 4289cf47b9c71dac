using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace M365PolicyControl.Reports.Packet;

/// <summary>
/// Checks an evidence packet against its manifest: every listed file present with the same size and SHA-256,
/// and no file that is not listed. It proves the packet is as written; it cannot prove who wrote it, since a
/// manifest can be rewritten along with the files (sign or store the manifest digest elsewhere for that).
/// </summary>
public static class EvidencePacketVerifier
{
    /// <summary>Verifies the packet at <paramref name="zipPath"/>.</summary>
    /// <exception cref="FileNotFoundException">There is no file at the path.</exception>
    /// <exception cref="InvalidDataException">The file is not a readable zip archive.</exception>
    public static PacketVerification Verify(string zipPath)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        using var zip = OpenArchive(zipPath);
        var problems = new List<PacketProblem>();
        var entries = IndexEntries(zip, problems);
        var manifest = ReadManifest(entries, problems);
        if (manifest is null)
        {
            return new PacketVerification(zipPath, 0, problems);
        }

        var checkedCount = 0;
        foreach (var file in manifest.Files)
        {
            if (!entries.Remove(file.Path, out var entry))
            {
                problems.Add(new PacketProblem(PacketProblemKind.Missing, file.Path, "listed in the manifest but not in the packet"));
                continue;
            }

            checkedCount++;
            if (Compare(entry, file) is { } difference)
            {
                problems.Add(new PacketProblem(PacketProblemKind.Changed, file.Path, difference));
            }
        }

        problems.AddRange(entries.Keys.Where(k => k != PacketManifest.EntryName)
            .Select(k => new PacketProblem(PacketProblemKind.Extra, k, "in the packet but not listed in the manifest")));
        return new PacketVerification(zipPath, checkedCount, problems);
    }

    private static ZipArchive OpenArchive(string zipPath)
    {
        var stream = File.OpenRead(zipPath);
        try
        {
            return new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            stream.Dispose();
            throw new InvalidDataException($"{zipPath} is not a readable zip archive: {e.Message}", e);
        }
    }

    private static Dictionary<string, ZipArchiveEntry> IndexEntries(ZipArchive zip, List<PacketProblem> problems)
    {
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            if (!entries.TryAdd(entry.FullName, entry))
            {
                problems.Add(new PacketProblem(PacketProblemKind.Extra, entry.FullName, "the packet holds this name more than once"));
            }
        }

        return entries;
    }

    private static PacketManifest? ReadManifest(Dictionary<string, ZipArchiveEntry> entries, List<PacketProblem> problems)
    {
        if (!entries.TryGetValue(PacketManifest.EntryName, out var entry))
        {
            problems.Add(new PacketProblem(PacketProblemKind.Manifest, PacketManifest.EntryName, "the packet has no manifest"));
            return null;
        }

        try
        {
            using var stream = entry.Open();
            var manifest = JsonSerializer.Deserialize<PacketManifest>(stream, PacketManifest.JsonOptions);
            if (manifest?.Files is null || manifest.Files.Any(f => f?.Path is null || f.Sha256 is null))
            {
                throw new JsonException("it lists no files, or a file without path or sha256");
            }

            return manifest;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            problems.Add(new PacketProblem(PacketProblemKind.Manifest, PacketManifest.EntryName, "unreadable manifest: " + e.Message));
            return null;
        }
    }

    private static string? Compare(ZipArchiveEntry entry, ManifestFile expected)
    {
        try
        {
            using var stream = entry.Open();
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long size = 0;
            for (int read; (read = stream.Read(buffer)) > 0; size += read)
            {
                sha.AppendData(buffer, 0, read);
            }

            var actual = Convert.ToHexStringLower(sha.GetHashAndReset());
            return size != expected.Size || !string.Equals(actual, expected.Sha256, StringComparison.OrdinalIgnoreCase)
                ? $"expected {expected.Size} bytes sha256 {expected.Sha256}, found {size} bytes sha256 {actual}"
                : null;
        }
        catch (InvalidDataException e)
        {
            return "its bytes cannot be read back: " + e.Message;
        }
    }
}
