using System.Buffers.Binary;
using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.CustomXmlDataProperties;
using DocumentFormat.OpenXml.Packaging;

namespace M365PolicyControl.Word;

/// <summary>Reads and writes the product's custom XML part (root <c>stamp</c> in <see cref="Namespace"/>), one per document.</summary>
internal static class StampRecordPart
{
    public const string Namespace = "urn:m365policycontrol:stamp:1";

    private static readonly XNamespace Ns = Namespace;

    public static StampRecord? Read(MainDocumentPart main)
    {
        var part = CustomXmlParts.FindByRoot(main, Ns + "stamp");
        var root = part is null ? null : CustomXmlParts.Load(part)?.Root;
        if (root is null)
        {
            return null;
        }

        return new StampRecord(
            (string?)root.Attribute("policyId") ?? string.Empty,
            (string?)root.Attribute("version") ?? string.Empty,
            (string?)root.Attribute("catalogId") ?? string.Empty,
            (string?)root.Attribute("bodyHash") ?? string.Empty,
            (string?)root.Attribute("algorithm") ?? string.Empty,
            DateTimeOffset.TryParse((string?)root.Attribute("stampedAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : default,
            DecodeFingerprints(root.Element(Ns + "paragraphs")?.Value),
            (string?)root.Attribute("controlBlockHash"),
            (string?)root.Attribute("mappingHash"));
    }

    public static void Write(MainDocumentPart main, StampRecord record)
    {
        var document = new XDocument(new XElement(Ns + "stamp",
            new XAttribute(XNamespace.Xmlns + "m365pc", Namespace),
            new XAttribute("policyId", record.PolicyId),
            new XAttribute("version", record.Version),
            new XAttribute("catalogId", record.CatalogId),
            new XAttribute("bodyHash", record.BodyHash),
            new XAttribute("algorithm", record.Algorithm),
            new XAttribute("stampedAt", record.StampedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            record.ControlBlockHash is { } controlHash ? new XAttribute("controlBlockHash", controlHash) : null,
            record.MappingHash is { } mappingHash ? new XAttribute("mappingHash", mappingHash) : null,
            new XElement(Ns + "paragraphs",
                new XAttribute("count", record.ParagraphFingerprints.Count),
                new XAttribute("encoding", "base64 of 8-byte SHA-256 prefixes"),
                EncodeFingerprints(record.ParagraphFingerprints))));

        var part = CustomXmlParts.FindByRoot(main, Ns + "stamp") ?? AddPart(main);
        CustomXmlParts.Save(part, document);
    }

    private static CustomXmlPart AddPart(MainDocumentPart main)
    {
        var part = main.AddCustomXmlPart(CustomXmlPartType.CustomXml);
        var properties = part.AddNewPart<CustomXmlPropertiesPart>();
        properties.DataStoreItem = new DataStoreItem(new SchemaReferences(new SchemaReference { Uri = Namespace }))
        {
            ItemId = "{" + Guid.NewGuid().ToString().ToUpperInvariant() + "}",
        };
        properties.DataStoreItem.Save();
        return part;
    }

    private static string EncodeFingerprints(IReadOnlyList<ulong> fingerprints)
    {
        var bytes = new byte[fingerprints.Count * sizeof(ulong)];
        for (var i = 0; i < fingerprints.Count; i++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(i * sizeof(ulong)), fingerprints[i]);
        }

        return Convert.ToBase64String(bytes);
    }

    private static ulong[] DecodeFingerprints(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var bytes = new byte[text.Length];
        if (!Convert.TryFromBase64String(text.Trim(), bytes, out var length))
        {
            return [];
        }

        bytes = bytes[..length];
        var result = new ulong[bytes.Length / sizeof(ulong)];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = BinaryPrimitives.ReadUInt64BigEndian(bytes.AsSpan(i * sizeof(ulong)));
        }

        return result;
    }
}
