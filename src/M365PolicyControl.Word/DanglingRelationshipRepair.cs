using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace M365PolicyControl.Word;

/// <summary>
/// Removes internal relationships whose target part is missing from the zip (oxsdk-InvalidDocProps.docx points
/// at docProps/core.xml and app.xml that are not there). The Open XML SDK refuses such packages outright while
/// Word opens them, and a relationship to nothing carries no content, so dropping it loses nothing.
/// </summary>
internal static class DanglingRelationshipRepair
{
    private static readonly XNamespace RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly XmlReaderSettings SafeReader = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Repairs the zip in <paramref name="buffer"/> in place; returns a note per removed relationship.</summary>
    public static IReadOnlyList<string> Repair(MemoryStream buffer)
    {
        var fixes = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        var notes = new List<string>();
        buffer.Position = 0;
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true))
        {
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                if (Load(entry) is not { Root: { } root } document)
                {
                    continue;
                }

                var dangling = root.Elements(RelationshipsNs + "Relationship")
                    .Where(r => !IsExternal(r) && TargetEntry(entry.FullName, (string?)r.Attribute("Target")) is { } target && !names.Contains(target))
                    .ToList();
                foreach (var relationship in dangling)
                {
                    notes.Add($"removed a relationship to the missing part {(string?)relationship.Attribute("Target")} ({entry.FullName})");
                    relationship.Remove();
                }

                if (dangling.Count > 0)
                {
                    fixes[entry.FullName] = document;
                }
            }
        }

        if (fixes.Count > 0)
        {
            Rewrite(buffer, fixes);
        }

        buffer.Position = 0;
        return notes;
    }

    private static XDocument? Load(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, SafeReader);
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static bool IsExternal(XElement relationship) =>
        string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);

    /// <summary>The zip entry name a relationship target resolves to, relative to the part owning the .rels.</summary>
    private static string? TargetEntry(string relsEntry, string? target)
    {
        if (string.IsNullOrEmpty(target))
        {
            return null;
        }

        var relsFolder = relsEntry.Contains('/') ? relsEntry[..relsEntry.LastIndexOf('/')] : string.Empty;
        var sourceFolder = relsFolder.EndsWith("_rels", StringComparison.Ordinal) ? relsFolder[..^"_rels".Length] : relsFolder;
        if (!Uri.TryCreate(new Uri("http://package/" + sourceFolder), target, out var resolved))
        {
            return null;
        }

        return Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/'));
    }

    private static void Rewrite(MemoryStream buffer, Dictionary<string, XDocument> fixes)
    {
        buffer.Position = 0;
        using var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true);
        foreach (var (name, document) in fixes)
        {
            zip.GetEntry(name)?.Delete();
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            document.Save(stream, SaveOptions.DisableFormatting);
        }
    }
}
