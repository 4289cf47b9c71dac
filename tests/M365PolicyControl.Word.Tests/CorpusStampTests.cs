using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Word.Tests;

/// <summary>Stamp, stamp again and verify every real-world file of the shared corpus (issue 2, item 5).</summary>
public sealed class CorpusStampTests
{
    // The engine stamps templates and, when told to, signed files; the CLI refuses both (see the CLI tests).
    private static readonly StampOptions Options = new() { AllowTemplate = true, RemoveSignature = true };

    [SharedTheory("corpus/docx")]
    [MemberData(nameof(CorpusFiles.Good), MemberType = typeof(CorpusFiles))]
    public void StampTwiceThenVerify_KeepsTheDocumentAndVerifiesClean(string fileName)
    {
        var original = File.ReadAllBytes(CorpusFiles.Good(fileName));
        var once = Stamp(original);
        var twice = Stamp(once);

        // Opened through the guard: the engine drops dangling relationships the SDK cannot open (oxsdk-InvalidDocProps).
        using var input = WordprocessingDocument.Open(WordPackageGuard.ReadChecked(new MemoryStream(original)), false);
        using var output = WordprocessingDocument.Open(new MemoryStream(twice), false);
        Assert.Equal(input.MainDocumentPart!.ContentType, output.MainDocumentPart!.ContentType);
        Assert.True(DocumentInspector.CountValidationErrors(output) <= DocumentInspector.CountValidationErrors(input), "more validation errors than the input");
        Assert.True(StampedPackage.IsSubsequence(StampedPackage.RawParagraphTexts(input), StampedPackage.RawParagraphTexts(output)), "original paragraphs lost or reordered");
        Assert.Equal(
            WordDocumentReader.Read(new MemoryStream(original)).Paragraphs.Select(p => p.Text),
            WordDocumentReader.Read(new MemoryStream(twice)).Paragraphs.Select(p => p.Text));
        Assert.Equal(1, StampedPackage.CountBodyControls(output, StampTags.ControlBlock));
        Assert.Equal(1, StampedPackage.CountBodyControls(output, StampTags.Mapping));
        Assert.Equal(VerifyStatus.Unchanged, StampVerifier.Verify(new MemoryStream(twice)).Status);
        AssertHeadersAndFootersStamped(output);
        AssertPackageHygiene(input, output);
    }

    private static byte[] Stamp(byte[] input)
    {
        using var output = new MemoryStream();
        new DocumentStamper().Stamp(new MemoryStream(input), output, SampleMetadata.AccessControl(), Options);
        return output.ToArray();
    }

    private static void AssertHeadersAndFootersStamped(WordprocessingDocument output)
    {
        foreach (var part in StampedPackage.ShownHeaderFooterParts(output))
        {
            var lines = part.RootElement!.Descendants<SdtBlock>().Count(s => StampedPackage.TagOf(s) == StampTags.ControlledCopy);
            Assert.True(lines == 1, $"{part.Uri} shows {lines} controlled-copy lines");
        }
    }

    private static void AssertPackageHygiene(WordprocessingDocument input, WordprocessingDocument output)
    {
        var main = output.MainDocumentPart!;
        Assert.Single(output.Parts, p => p.OpenXmlPart is CustomFilePropertiesPart);
        var before = CustomPropertiesOf(input);
        var after = CustomPropertiesOf(output);
        Assert.All(before.Where(p => !p.Key.StartsWith(StampPropertyNames.Prefix, StringComparison.Ordinal)),
            p => Assert.Equal(p.Value, after.GetValueOrDefault(p.Key)));
        Assert.Equal(Options.RemoveSignature ? null : input.DigitalSignatureOriginPart, output.DigitalSignatureOriginPart);

        var touched = new OpenXmlPart[] { main }.Concat(main.HeaderParts).Concat(main.FooterParts).ToList();
        Assert.True(DuplicateContentControlIds(output) <= DuplicateContentControlIds(input), "content-control ids no longer unique");
        Assert.All(touched, p => Assert.Empty(StampedPackage.UndeclaredIgnorablePrefixes(p)));
        Assert.All(main.Document.Body!.Descendants<SdtBlock>().Where(s => StampTags.IsOurs(StampedPackage.TagOf(s))),
            s => Assert.All(s.Descendants<TableCell>(), c => Assert.NotNull(c.GetFirstChild<Paragraph>())));
    }

    private static int DuplicateContentControlIds(WordprocessingDocument package)
    {
        var main = package.MainDocumentPart!;
        var ids = new OpenXmlPart[] { main }.Concat(main.HeaderParts).Concat(main.FooterParts)
            .SelectMany(p => p.RootElement!.Descendants<SdtId>())
            .Select(i => i.Val?.Value)
            .Where(v => v is not null)
            .ToList();
        return ids.Count - ids.Distinct().Count();
    }

    private static Dictionary<string, string> CustomPropertiesOf(WordprocessingDocument package) =>
        (package.CustomFilePropertiesPart?.Properties?.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>() ?? [])
        .Where(p => p.Name?.Value is not null)
        .GroupBy(p => p.Name!.Value!)
        .ToDictionary(g => g.Key, g => g.First().InnerText);
}
