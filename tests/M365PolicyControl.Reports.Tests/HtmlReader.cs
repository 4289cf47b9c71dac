using System.Xml;
using System.Xml.Linq;

namespace M365PolicyControl.Reports.Tests;

/// <summary>Parses the product's HTML with an XML parser: it only succeeds when the page is well-formed.</summary>
internal static class HtmlReader
{
    public static XDocument Parse(byte[] html)
    {
        using var stream = new MemoryStream(html);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public static XElement ById(this XDocument page, string id) =>
        page.Descendants().Single(e => (string?)e.Attribute("id") == id);

    public static IEnumerable<XElement> Named(this XContainer node, string localName) =>
        node.Descendants().Where(e => e.Name.LocalName == localName);
}
