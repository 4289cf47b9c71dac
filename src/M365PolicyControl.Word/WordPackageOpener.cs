using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>
/// Opens a checked buffer with the Open XML SDK and turns the SDK's exceptions into
/// <see cref="WordDocumentException"/> reasons. The main part is found through the package relationships
/// (so <c>word/document2.xml</c> works) and its root is loaded once, here.
/// </summary>
internal static class WordPackageOpener
{
    private static readonly HashSet<string> WordMainContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    };

    public static WordprocessingDocument Open(Stream buffer, bool editable)
    {
        var document = Guarded(() => WordprocessingDocument.Open(buffer, editable, new OpenSettings { AutoSave = false }));
        try
        {
            _ = LoadBody(document);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>The body of the main document, loading it on first use.</summary>
    public static Body LoadBody(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart
            ?? throw new WordDocumentException(WordDocumentError.NotWordDocument,
                "a zip package that is not a Word document (no main document part)");
        if (!WordMainContentTypes.Contains(main.ContentType))
        {
            throw new WordDocumentException(WordDocumentError.NotWordDocument,
                $"not a Word document: the main part {main.Uri} is '{main.ContentType}'");
        }

        var root = Guarded(() => main.Document);
        return root?.Body ?? throw new WordDocumentException(WordDocumentError.NotWordDocument,
            $"not a Word document: the main part {main.Uri} has no body");
    }

    /// <summary>Runs an SDK call, mapping package, zip and XML failures to reasons.</summary>
    public static T Guarded<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new WordDocumentException(WordDocumentError.UnsafeOrInvalidXml,
                "a part declares a DTD (a possible external-entity attack), which is refused; nothing was fetched", ex);
        }
        catch (XmlException ex)
        {
            throw new WordDocumentException(WordDocumentError.UnsafeOrInvalidXml,
                $"a part holds XML that is not well-formed ({ex.Message.Split('.')[0]})", ex);
        }
        catch (OpenXmlPackageException ex)
        {
            throw new WordDocumentException(WordDocumentError.NotWordDocument,
                $"not a usable Word package ({ex.Message.TrimEnd('.')})", ex);
        }
        catch (Exception ex) when (ex is InvalidDataException or FileFormatException)
        {
            throw new WordDocumentException(WordDocumentError.NotWordDocument,
                $"not a usable Word package ({ex.Message.TrimEnd('.')})", ex);
        }
    }

    public static void Guarded(Action action) => Guarded(() =>
    {
        action();
        return true;
    });
}
