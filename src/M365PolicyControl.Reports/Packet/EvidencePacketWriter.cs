using System.IO.Compression;
using System.Text.Json;
using M365PolicyControl.Reports.Files;
using M365PolicyControl.Reports.Html;
using M365PolicyControl.Reports.Matrix;

namespace M365PolicyControl.Reports.Packet;

/// <summary>
/// Writes the audit evidence packet: one zip holding the stamped documents, the matrix (xlsx and csv), version
/// history and registers (csv), index.html, and manifest.json with the SHA-256 and size of every other file.
/// Entries are written one after another straight into the archive and hashed while they stream, so memory does
/// not grow with the number or size of documents.
/// </summary>
public static class EvidencePacketWriter
{
    /// <summary>Writes the packet to a stream (left open) and returns its manifest.</summary>
    /// <exception cref="ArgumentException">Two documents would get the same file name in the packet.</exception>
    public static async Task<PacketManifest> WriteAsync(
        EvidencePacketInput input, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var files = new List<ManifestFile>();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var writer = new EntryWriter(zip, input.GeneratedAt, files);
            await WriteDocumentsAsync(writer, input, cancellationToken);
            await writer.AddAsync("matrix.xlsx", (s, ct) => XlsxMatrixWriter.WriteAsync(input.Coverage, s, ct), cancellationToken);
            await writer.AddAsync("matrix.csv", (s, ct) => CsvMatrixWriter.WriteAsync(input.Coverage, s, ct), cancellationToken);
            foreach (var (path, write) in PacketRegisters.Files(input))
            {
                await writer.AddAsync(path, write, cancellationToken);
            }

            var index = PacketIndexPage.Build(input, files.ToArray());
            await writer.AddAsync("index.html", (s, ct) => HtmlPage.WriteAsync(index, s, ct), cancellationToken);

            var manifest = new PacketManifest(
                PacketManifest.CurrentFormat, input.GeneratedAt, input.Coverage.Catalog.Id, input.Coverage.AsOf, files.ToArray());
            await writer.AddUnlistedAsync(PacketManifest.EntryName,
                (s, ct) => JsonSerializer.SerializeAsync(s, manifest, PacketManifest.JsonOptions, ct), cancellationToken);
            return manifest;
        }
    }

    /// <summary>Writes the packet to a file atomically: the zip appears complete or not at all.</summary>
    public static Task<PacketManifest> WriteToFileAsync(
        EvidencePacketInput input, string path, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAsync(path, (stream, ct) => WriteAsync(input, stream, ct), cancellationToken);

    private static async Task WriteDocumentsAsync(EntryWriter writer, EvidencePacketInput input, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in input.DocumentsToInclude)
        {
            var path = PacketRegisters.DocumentPath(document);
            if (!seen.Add(path))
            {
                throw new ArgumentException($"Two packet documents map to {path} ({document.PolicyId} v{document.Version}); each id and version must be unique.", nameof(input));
            }

            // Word files are already deflated; storing them saves time and keeps their bytes as they are.
            await writer.AddAsync(path, async (entry, ct) =>
            {
                await using var source = await input.OpenDocument(document, ct);
                await source.CopyToAsync(entry, 81920, ct);
            }, cancellationToken, CompressionLevel.NoCompression);
        }
    }

    private sealed class EntryWriter(ZipArchive zip, DateTimeOffset timestamp, List<ManifestFile> files)
    {
        public async Task AddAsync(
            string path,
            Func<Stream, CancellationToken, Task> write,
            CancellationToken cancellationToken,
            CompressionLevel level = CompressionLevel.Optimal) =>
            files.Add(await WriteEntryAsync(path, write, level, cancellationToken));

        public Task AddUnlistedAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken) =>
            WriteEntryAsync(path, write, CompressionLevel.Optimal, cancellationToken);

        private async Task<ManifestFile> WriteEntryAsync(
            string path, Func<Stream, CancellationToken, Task> write, CompressionLevel level, CancellationToken cancellationToken)
        {
            var entry = zip.CreateEntry(path, level);
            entry.LastWriteTime = timestamp;
            await using var entryStream = entry.Open();
            await using var hashing = new HashingStream(entryStream);
            await write(hashing, cancellationToken);
            await hashing.FlushAsync(cancellationToken);
            return new ManifestFile(path, hashing.Length, hashing.FinishHash());
        }
    }
}
