using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>
/// Puts the controlled-copy line in every header and footer that is shown: per section the default one, the
/// first-page one when the section has titlePg, the even-page one when the settings turn on evenAndOddHeaders.
/// A section without its own reference of a type shows the previous section's; where no section up to it has
/// one, a part is created and referenced from that section, which later sections then inherit as Word would.
/// </summary>
internal sealed class HeaderFooterStamper(MainDocumentPart main)
{
    private readonly HashSet<OpenXmlPart> _changed = [];

    /// <summary>Loads every header and footer, removes the product's earlier lines and reserves their content-control ids.</summary>
    public void Prepare(ContentControlIds ids)
    {
        foreach (var part in main.HeaderParts.Cast<OpenXmlPart>().Concat(main.FooterParts))
        {
            var root = part.RootElement;
            if (root is null)
            {
                continue;
            }

            foreach (var sdt in root.Descendants<SdtElement>().ToList())
            {
                var properties = sdt.SdtProperties;
                if (StampTags.IsOurs(properties?.GetFirstChild<Tag>()?.Val?.Value))
                {
                    sdt.Remove();
                    _changed.Add(part);
                }
                else if (properties?.GetFirstChild<SdtId>()?.Val?.Value is { } id)
                {
                    ids.Reserve(id);
                }
            }
        }
    }

    /// <summary>Stamps the shown parts of the given sections (document order) and saves every part it changed.</summary>
    public HeaderFooterStampResult Stamp(IReadOnlyList<SectionProperties> sections, string line, ContentControlIds ids)
    {
        var evenAndOdd = IsOn(main.DocumentSettingsPart?.Settings?.GetFirstChild<EvenAndOddHeaders>());
        var current = new Dictionary<(bool Header, string Type), OpenXmlPart>();
        var shown = new List<OpenXmlPart>();
        var created = 0;
        foreach (var section in sections)
        {
            RegisterOwnReferences(section, current);
            foreach (var type in ShownTypes(section, evenAndOdd))
            {
                foreach (var header in new[] { true, false })
                {
                    if (!current.TryGetValue((header, type), out var part))
                    {
                        part = current[(header, type)] = CreatePart(section, header, type);
                        created++;
                    }

                    if (!shown.Contains(part))
                    {
                        shown.Add(part);
                    }
                }
            }
        }

        foreach (var part in shown)
        {
            part.RootElement!.AppendChild(ContentControlFactory.Block(
                StampTags.ControlledCopy, "Controlled copy", ids.Next(),
                ContentControlFactory.Paragraph(line, halfPoints: 16, justification: JustificationValues.Center)));
            _changed.Add(part);
        }

        SaveChanged();
        return new HeaderFooterStampResult(shown.Count, created);
    }

    private static IEnumerable<string> ShownTypes(SectionProperties section, bool evenAndOdd)
    {
        yield return "default";
        if (IsOn(section.GetFirstChild<TitlePage>()))
        {
            yield return "first";
        }

        if (evenAndOdd)
        {
            yield return "even";
        }
    }

    private void RegisterOwnReferences(SectionProperties section, Dictionary<(bool, string), OpenXmlPart> current)
    {
        // Types outside default/first/even (poi-60293 has "odd") are taken as default unless the section also has a
        // real default, which is therefore registered after them; adding a seventh reference would break the schema.
        foreach (var reference in section.Elements<HeaderFooterReferenceType>().OrderBy(r => KnownType(r) is null ? 0 : 1).ToList())
        {
            var header = reference is HeaderReference;
            var type = KnownType(reference) ?? "default";
            if (reference.Id?.Value is not { } id || !TryGetPart(id, header, out var part))
            {
                // A reference to a part that is not there shows nothing in Word; drop it so a real one can take its place.
                reference.Remove();
                continue;
            }

            current[(header, type)] = part;
        }
    }

    private static string? KnownType(HeaderFooterReferenceType reference) => reference.Type?.InnerText switch
    {
        null or "" or "default" => "default",
        "first" => "first",
        "even" => "even",
        _ => null,
    };

    private bool TryGetPart(string id, bool header, out OpenXmlPart part)
    {
        part = null!;
        if (!main.TryGetPartById(id, out var found) || found is null)
        {
            return false;
        }

        part = found;
        return header ? found is HeaderPart : found is FooterPart;
    }

    private OpenXmlPart CreatePart(SectionProperties section, bool header, string type)
    {
        OpenXmlPart part;
        HeaderFooterReferenceType reference;
        var typeValue = new HeaderFooterValues(type);
        if (header)
        {
            var headerPart = main.AddNewPart<HeaderPart>();
            headerPart.Header = WithNamespaces(new Header());
            part = headerPart;
            reference = new HeaderReference { Type = typeValue, Id = main.GetIdOfPart(headerPart) };
        }
        else
        {
            var footerPart = main.AddNewPart<FooterPart>();
            footerPart.Footer = WithNamespaces(new Footer());
            part = footerPart;
            reference = new FooterReference { Type = typeValue, Id = main.GetIdOfPart(footerPart) };
        }

        section.PrependChild(reference);
        return part;
    }

    private static T WithNamespaces<T>(T root)
        where T : OpenXmlPartRootElement
    {
        root.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return root;
    }

    private void SaveChanged()
    {
        foreach (var part in _changed)
        {
            var root = part.RootElement!;
            if (!root.ChildElements.Any(c => c is Paragraph or Table or SdtBlock))
            {
                // A header or footer must hold at least one block; ours was the only one.
                root.AppendChild(new Paragraph());
            }

            root.Save();
        }
    }

    private static bool IsOn(OnOffType? element) =>
        element is not null && (element.Val is null || !element.Val.HasValue || element.Val.Value);
}

/// <summary>How many header/footer parts got the controlled-copy line, and how many had to be created.</summary>
public sealed record HeaderFooterStampResult(int StampedParts, int CreatedParts);
