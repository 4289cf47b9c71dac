using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace M365PolicyControl.Reports.Html;

/// <summary>
/// Builds self-contained HTML pages as XML trees, so every text and attribute is escaped and the output is
/// well-formed (an XML parser reads it as well as a browser does).
/// </summary>
public static class HtmlPage
{
    private static readonly HashSet<string> VoidElements = ["meta", "br", "hr", "img", "link", "input", "col"];

    /// <summary>An element; strings become escaped text, null content is skipped.</summary>
    public static XElement E(string name, params object?[] content)
    {
        var element = new XElement(name, content.Where(c => c is not null));
        return element;
    }

    /// <summary>An attribute (for use inside <see cref="E"/>).</summary>
    public static XAttribute A(string name, object value) => new(name, value);

    /// <summary>A complete page: head with title and inline CSS, and the body content (the doctype is added on writing).</summary>
    public static XDocument Page(string title, string css, params object?[] body) => new(
        E("html", A("lang", "en"),
            E("head",
                E("meta", A("charset", "utf-8")),
                E("meta", A("name", "viewport"), A("content", "width=device-width, initial-scale=1")),
                E("title", title),
                E("style", css)),
            E("body", body)));

    /// <summary>Serialises a page as UTF-8 without a BOM or XML declaration.</summary>
    public static async Task WriteAsync(XDocument page, Stream output, CancellationToken cancellationToken = default)
    {
        CloseEmptyElements(page);
        var settings = new XmlWriterSettings
        {
            Async = true,
            OmitXmlDeclaration = true,
            Encoding = new UTF8Encoding(false),
            Indent = true,
            CloseOutput = false,
        };
        // XmlWriter renders a doctype without a public id as "<!DOCTYPE html >"; write the HTML5 one by hand.
        await output.WriteAsync("<!DOCTYPE html>\n"u8.ToArray(), cancellationToken);
        await using var writer = XmlWriter.Create(output, settings);
        await page.Root!.SaveAsync(writer, cancellationToken);
    }

    // An HTML parser reads <td/> as an opening tag only; every non-void element gets an explicit end tag.
    private static void CloseEmptyElements(XDocument page)
    {
        foreach (var element in page.Descendants().Where(e => e.IsEmpty && !VoidElements.Contains(e.Name.LocalName)))
        {
            element.Value = string.Empty;
        }
    }
}
