using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word.Tests;

public sealed class HeaderFooterStampTests
{
    [Fact]
    public void Stamp_ThreeSectionsWithInheritance_PutsOneLineInEveryShownPart_AndCreatesOnlyWhatIsMissing()
    {
        var source = ThreeSectionDocument();

        var stamped = DocumentBuilder.Stamp(DocumentBuilder.Stamp(source));

        using var document = WordprocessingDocument.Open(new MemoryStream(stamped), false);
        var main = document.MainDocumentPart!;
        var sections = main.Document.Body!.Descendants<SectionProperties>().ToList();
        Assert.DoesNotContain(sections[0].Elements<HeaderReference>(), r => r.Type?.InnerText == "first");
        Assert.Single(sections[1].Elements<HeaderReference>(), r => r.Type?.InnerText == "first");
        Assert.Single(sections[1].Elements<FooterReference>(), r => r.Type?.InnerText == "first");
        Assert.DoesNotContain(sections[2].Elements<HeaderReference>(), r => r.Type?.InnerText == "first");
        Assert.Equal(3, main.HeaderParts.Count());
        Assert.Equal(2, main.FooterParts.Count());
        foreach (var part in StampedPackage.ShownHeaderFooterParts(document))
        {
            Assert.Single(part.RootElement!.Descendants<SdtBlock>(), s => StampedPackage.TagOf(s) == StampTags.ControlledCopy);
        }

        Assert.Contains("Author header one", main.HeaderParts.Select(p => p.Header.InnerText).First(t => t.Contains("Author header one")));
    }

    [Fact]
    public void Stamp_ControlledCopyLine_ShowsPolicyVersionAndEffectiveDateInTheCulture()
    {
        var source = new DocumentBuilder().Paragraph("Body").Build();

        var stamped = DocumentBuilder.Stamp(source, new StampOptions { Culture = new System.Globalization.CultureInfo("de-DE") });

        using var document = WordprocessingDocument.Open(new MemoryStream(stamped), false);
        var footer = document.MainDocumentPart!.FooterParts.Single().Footer.InnerText;
        Assert.Equal("Controlled copy — POL-AC-001 v1.0 — Effective 15. Januar 2026 — printed copies are uncontrolled", footer);
    }

    [Fact]
    public void Stamp_EvenAndOddHeaders_StampsTheEvenParts()
    {
        var source = new DocumentBuilder().Paragraph("Body")
            .With(d => d.MainDocumentPart!.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new EvenAndOddHeaders()))
            .Build();

        var stamped = DocumentBuilder.Stamp(source);

        using var document = WordprocessingDocument.Open(new MemoryStream(stamped), false);
        var section = document.MainDocumentPart!.Document.Body!.GetFirstChild<SectionProperties>()!;
        Assert.Equal(["default", "even"], section.Elements<HeaderReference>().Select(r => r.Type!.InnerText).Order());
        Assert.Equal(4, StampedPackage.ShownHeaderFooterParts(document).Count);
    }

    private static byte[] ThreeSectionDocument()
    {
        string? header1 = null, footer1 = null, header3 = null;
        var builder = new DocumentBuilder().With(d =>
        {
            var main = d.MainDocumentPart!;
            header1 = DocumentBuilder.AddHeader(main, "Author header one");
            footer1 = DocumentBuilder.AddFooter(main, "Author footer one");
            header3 = DocumentBuilder.AddHeader(main, "Author header three");
            var sections = main.Document.Body!.Descendants<SectionProperties>().ToList();
            sections[0].PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = footer1 });
            sections[0].PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = header1 });
            sections[2].PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = header3 });
        });
        builder.Add(new Paragraph(new ParagraphProperties(new SectionProperties()), new Run(new Text("Section one"))));
        builder.Add(new Paragraph(new ParagraphProperties(new SectionProperties(new TitlePage())), new Run(new Text("Section two, own title page"))));
        builder.Paragraph("Section three");
        return builder.Build();
    }
}
