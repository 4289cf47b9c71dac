using System.IO.Compression;
using System.IO.Hashing;
using System.Text;

namespace M365PolicyControl.Word;

/// <summary>
/// Checks raw bytes before the Open XML SDK sees them, so that protected, legacy, empty and corrupt files get
/// a precise reason instead of a generic "corrupt" and nothing half-read is ever written back.
/// </summary>
public static class WordPackageGuard
{
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // Encrypted OOXML (password or IRM) is an OLE compound file with these streams; a legacy .doc has neither.
    private static readonly byte[][] EncryptionStreamNames =
        [Encoding.Unicode.GetBytes("EncryptionInfo"), Encoding.Unicode.GetBytes("EncryptedPackage")];

    /// <summary>
    /// Copies <paramref name="input"/> into an expandable buffer positioned at 0, after checking that it is a
    /// readable zip whose every entry passes its checksum.
    /// </summary>
    /// <exception cref="WordDocumentException">The bytes are not a usable zip package; the reason says why.</exception>
    public static MemoryStream ReadChecked(Stream input) => ReadChecked(input, out _);

    /// <summary>
    /// As <see cref="ReadChecked(Stream)"/>; relationships to parts missing from the zip are dropped from the
    /// buffer (never from the input) and reported in <paramref name="repairs"/>.
    /// </summary>
    public static MemoryStream ReadChecked(Stream input, out IReadOnlyList<string> repairs)
    {
        ArgumentNullException.ThrowIfNull(input);
        var buffer = new MemoryStream();
        input.CopyTo(buffer);
        CheckBytes(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        CheckZipIntegrity(buffer);
        repairs = DanglingRelationshipRepair.Repair(buffer);
        return buffer;
    }

    /// <summary>Classifies the leading bytes: empty, OLE compound (protected or legacy .doc), or not a zip.</summary>
    public static void CheckBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new WordDocumentException(WordDocumentError.Empty, "the file is empty (0 bytes)");
        }

        if (bytes.StartsWith(CompoundFileSignature))
        {
            throw IsEncryptedCompoundFile(bytes)
                ? new WordDocumentException(WordDocumentError.Protected,
                    "the document is protected (encrypted or rights-managed); remove the password or label protection in Word and save it again")
                : new WordDocumentException(WordDocumentError.LegacyBinary,
                    "this is a legacy binary Word .doc (Word 97-2003); open it in Word and save as .docx");
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw new WordDocumentException(WordDocumentError.NotZip, "not a zip package, so not a .docx/.docm Word document");
        }
    }

    private static bool IsEncryptedCompoundFile(ReadOnlySpan<byte> bytes)
    {
        foreach (var name in EncryptionStreamNames)
        {
            if (bytes.IndexOf(name) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckZipIntegrity(MemoryStream buffer)
    {
        buffer.Position = 0;
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count == 0)
            {
                throw new WordDocumentException(WordDocumentError.NotWordDocument, "an empty zip, not a Word document");
            }

            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                throw new WordDocumentException(WordDocumentError.NotWordDocument,
                    "a zip that is not a Word document (no [Content_Types].xml, so not an Open XML package)");
            }

            foreach (var entry in zip.Entries)
            {
                ReadToEnd(entry);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new WordDocumentException(WordDocumentError.Corrupt, $"corrupt or truncated zip package ({ex.Message.TrimEnd('.')})", ex);
        }
    }

    private static void ReadToEnd(ZipArchiveEntry entry)
    {
        try
        {
            // The zip reader does not check CRCs, so a damaged part (the clusterfuzz file) would be copied into the output.
            var crc = new Crc32();
            using var stream = entry.Open();
            crc.Append(stream);
            if (crc.GetCurrentHashAsUInt32() != entry.Crc32)
            {
                throw new InvalidDataException("CRC mismatch");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new WordDocumentException(WordDocumentError.Corrupt,
                $"corrupt package: part '{entry.FullName}' cannot be read ({ex.Message.TrimEnd('.')})", ex);
        }
    }
}
