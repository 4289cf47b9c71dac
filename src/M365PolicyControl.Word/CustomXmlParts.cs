using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace M365PolicyControl.Word;

/// <summary>Finds custom XML parts by their root element without loading the others, and reads them safely.</summary>
internal static class CustomXmlParts
{
    private static readonly XmlReaderSettings SafeReader = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    /// <summary>The first custom XML part of the main document whose root element has this name.</summary>
    public static CustomXmlPart? FindByRoot(MainDocumentPart main, XName root) =>
        main.CustomXmlParts.FirstOrDefault(p => RootNameOf(p) == root);

    /// <summary>Every custom XML part of the main document whose root element has this name.</summary>
    public static IEnumerable<CustomXmlPart> AllWithRoot(MainDocumentPart main, XName root) =>
        main.CustomXmlParts.Where(p => RootNameOf(p) == root);

    public static XDocument? Load(CustomXmlPart part)
    {
        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var reader = XmlReader.Create(stream, SafeReader);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    public static void Save(CustomXmlPart part, XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            document.Save(writer);
        }

        buffer.Position = 0;
        part.FeedData(buffer);
    }

    private static XName? RootNameOf(CustomXmlPart part)
    {
        try
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var reader = XmlReader.Create(stream, SafeReader);
            return reader.MoveToContent() == XmlNodeType.Element ? XName.Get(reader.LocalName, reader.NamespaceURI) : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
