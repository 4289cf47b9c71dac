using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Word;

/// <summary>
/// Stamps a Word document as a controlled copy: control block, requirement mapping, controlled-copy line in
/// every shown header and footer, custom properties, SharePoint metadata and the body hash. Stamping again
/// replaces the product's content controls; nothing the author wrote is changed.
/// </summary>
public sealed class DocumentStamper(CitationParser parser)
{
    private readonly RequirementMapper _mapper = new(parser);

    /// <summary>A stamper using the default Security Rule catalog.</summary>
    public DocumentStamper()
        : this(CitationParser.Default)
    {
    }

    /// <summary>
    /// Reads a .docx/.docm (or, with <see cref="StampOptions.AllowTemplate"/>, a template) from
    /// <paramref name="input"/> and writes the stamped package to <paramref name="output"/>. Nothing is written to
    /// <paramref name="output"/> unless stamping succeeds. The package keeps its content type.
    /// </summary>
    /// <exception cref="WordDocumentException">The input or the metadata cannot be stamped; the reason says why.</exception>
    public StampResult Stamp(Stream input, Stream output, PolicyMetadata metadata, StampOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(metadata);
        options ??= StampOptions.Default;
        var resolutions = _mapper.Resolve(metadata);

        using var buffer = WordPackageGuard.ReadChecked(input, out var repairs);
        StampResult result;
        using (var package = WordPackageOpener.Open(buffer, editable: true))
        {
            result = WordPackageOpener.Guarded(() => StampPackage(package, metadata, resolutions, options));
            result = result with { Warnings = [.. repairs, .. result.Warnings] };
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
        return result;
    }

    private static string ExtensionOf(WordprocessingDocumentType type) => type switch
    {
        WordprocessingDocumentType.MacroEnabledDocument => ".docm",
        WordprocessingDocumentType.Template => ".dotx",
        WordprocessingDocumentType.MacroEnabledTemplate => ".dotm",
        _ => ".docx",
    };

    private StampResult StampPackage(
        WordprocessingDocument package, PolicyMetadata metadata, IReadOnlyList<CitationResolution> resolutions, StampOptions options)
    {
        var warnings = StampPreconditions.Check(package, options);
        var main = package.MainDocumentPart!;
        var body = main.Document.Body!;
        // A previous stamp's blocks are replaced; only exact tags at the body's top level count as ours.
        body.Elements<SdtBlock>()
            .Where(b => ProductBlocks.TagOf(b) is StampTags.ControlBlock or StampTags.Mapping)
            .ToList()
            .ForEach(b => b.Remove());
        var scan = WordDocumentReader.Scan(package);

        var digest = BodyDigest.Of(scan.HashedParagraphs);
        var values = new StampValues(metadata, parser.Catalog.Id, digest, options.TimeProvider.GetUtcNow(), options.Culture);
        var ids = new ContentControlIds(scan.ContentControlIds);
        var headersAndFooters = new HeaderFooterStamper(main);
        headersAndFooters.Prepare(ids);

        if (body.LastChild is not SectionProperties)
        {
            // No final section properties: Word shows no header or footer at all, so give the body one to hang them on.
            scan.Sections.Add(body.AppendChild(new SectionProperties()));
        }

        var rows = _mapper.Rows(resolutions, scan.Paragraphs, metadata);
        var (controlBlock, controlSection) = ControlBlockWriter.Insert(body, values, ids.Next(), scan.Sections.FirstOrDefault());
        if (controlSection is not null)
        {
            scan.Sections.Insert(0, controlSection);
        }

        var mapping = MappingTableWriter.Append(body, parser.Catalog.Title, rows, ids.Next());
        var stamped = headersAndFooters.Stamp(scan.Sections, values.ControlledCopyLine, ids);
        main.Document.Save();

        CustomPropertiesWriter.Write(package, values.CustomProperties);
        var columns = SharePointPropertiesWriter.Update(main, values);
        StampRecordPart.Write(main, new StampRecord(
            metadata.PolicyId, metadata.Version.ToString(), parser.Catalog.Id, digest.Hash, BodyDigest.Algorithm,
            values.StampedAt, digest.ParagraphFingerprints, ProductBlocks.TextHashOf(controlBlock), ProductBlocks.TextHashOf(mapping)));

        return new StampResult(metadata.PolicyId, digest.Hash, digest.ParagraphCount, rows, stamped, columns, warnings)
        {
            Extension = ExtensionOf(package.DocumentType),
        };
    }
}
