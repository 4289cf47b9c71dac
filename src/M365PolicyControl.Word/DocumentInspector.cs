using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>Describes a Word package for people and scripts: sections, headers and footers, content controls, properties, stamp.</summary>
public static class DocumentInspector
{
    /// <summary>Inspects a .docx/.docm/.dotx stream (read only).</summary>
    /// <exception cref="WordDocumentException">The stream is not a readable Word document.</exception>
    public static InspectionReport Inspect(Stream document)
    {
        using var buffer = WordPackageGuard.ReadChecked(document);
        using var package = WordPackageOpener.Open(buffer, editable: false);
        return WordPackageOpener.Guarded(() => Inspect(package));
    }

    /// <summary>Counts the errors the Open XML SDK validator reports for the Microsoft 365 file format.</summary>
    public static int CountValidationErrors(WordprocessingDocument package) =>
        new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(package).Count();

    private static InspectionReport Inspect(WordprocessingDocument package)
    {
        var main = package.MainDocumentPart!;
        var scan = WordDocumentReader.Scan(package);
        var customProperties = CustomPropertiesWriter.Read(package);
        var protection = main.DocumentSettingsPart?.Settings?.GetFirstChild<DocumentProtection>();
        return new InspectionReport
        {
            DocumentType = package.DocumentType.ToString(),
            MainPartUri = main.Uri.ToString(),
            IsStrict = package.StrictRelationshipFound,
            IsSigned = package.DigitalSignatureOriginPart is not null,
            Protection = protection?.Enforcement is { } on && (!on.HasValue || on.Value) ? protection.Edit?.InnerText ?? "unspecified" : null,
            Sections = scan.Sections.Select((s, i) => Describe(main, s, i + 1)).ToList(),
            HeaderFooterParts = HeaderFooterParts(main).ToList(),
            ContentControls = ContentControls(main).ToList(),
            CustomProperties = customProperties,
            Stamp = StampRecordPart.Read(main),
            StampFields = customProperties.Where(p => p.Key.StartsWith(StampPropertyNames.Prefix, StringComparison.Ordinal))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            ValidationErrorCount = CountValidationErrors(package),
            ParagraphCount = scan.VisibleParagraphs.Count(),
            WordCount = new WordDocumentContent(scan.VisibleParagraphs.ToList(), null).WordCount,
            TrackedChangeCount = main.Document.Body!.Descendants()
                .Count(e => e is InsertedRun or DeletedRun or MoveFromRun or MoveToRun or Inserted or Deleted),
        };
    }

    private static SectionInfo Describe(MainDocumentPart main, SectionProperties section, int number) => new(
        number,
        section.GetFirstChild<TitlePage>() is { } t && (t.Val is null || t.Val.Value),
        section.Elements<HeaderReference>().Select(r => Reference(main, r)).ToList(),
        section.Elements<FooterReference>().Select(r => Reference(main, r)).ToList());

    private static string Reference(MainDocumentPart main, HeaderFooterReferenceType reference)
    {
        var target = reference.Id?.Value is { } id && main.TryGetPartById(id, out var part) && part is not null
            ? part.Uri.ToString()
            : "(missing part)";
        return $"{reference.Type?.InnerText ?? "default"} -> {target}";
    }

    private static IEnumerable<HeaderFooterPartInfo> HeaderFooterParts(MainDocumentPart main)
    {
        foreach (var part in main.HeaderParts.Cast<OpenXmlPart>().Concat(main.FooterParts))
        {
            var root = part.RootElement;
            var ours = root?.Descendants<SdtElement>().Any(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == StampTags.ControlledCopy) ?? false;
            yield return new HeaderFooterPartInfo(
                part.Uri.ToString(), part is HeaderPart ? "header" : "footer", ours, root?.Descendants<Paragraph>().Count() ?? 0);
        }
    }

    private static IEnumerable<ContentControlInfo> ContentControls(MainDocumentPart main)
    {
        var parts = new OpenXmlPart[] { main }.Concat(main.HeaderParts).Concat(main.FooterParts);
        foreach (var part in parts)
        {
            foreach (var sdt in part.RootElement?.Descendants<SdtElement>() ?? [])
            {
                var properties = sdt.SdtProperties;
                yield return new ContentControlInfo(
                    part.Uri.ToString(),
                    sdt switch { SdtBlock => "block", SdtRun => "run", SdtCell => "cell", _ => "row" },
                    properties?.GetFirstChild<Tag>()?.Val?.Value,
                    properties?.GetFirstChild<SdtAlias>()?.Val?.Value,
                    properties?.GetFirstChild<SdtId>()?.Val?.Value,
                    properties?.GetFirstChild<DataBinding>() is not null);
            }
        }
    }
}
