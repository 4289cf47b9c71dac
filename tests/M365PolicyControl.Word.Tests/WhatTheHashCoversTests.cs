using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using M = DocumentFormat.OpenXml.Math;

namespace M365PolicyControl.Word.Tests;

/// <summary>Edits a reader can see (or that change what is printed) must fail verification; metadata mirrors must not.</summary>
public sealed class WhatTheHashCoversTests
{
    private const string CoreStore = "{6C3C8BC8-F283-45AE-878A-BAB7291924A1}";

    [Fact]
    public void EquationText_IsHashed()
    {
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder()
            .Add(new Paragraph(new Run(new Text("Limit:")), new M.OfficeMath(new M.Run(new M.Text("n=3"))))).Build());

        var edited = Edit(stamped, main => main.Document.Body!.Descendants<M.Text>().Single().Text = "n=30");

        Assert.Equal(VerifyStatus.BodyChanged, Verify(edited).Status);
    }

    [Fact]
    public void HidingText_OrAddingHiddenText_ChangesTheHash()
    {
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder().Paragraph("Passwords are never shared.").Paragraph("Second").Build());
        var hidden = Edit(stamped, main =>
            Run(main, "Passwords are never shared.").PrependChild(new RunProperties(new Vanish())));
        var added = Edit(stamped, main =>
            Run(main, "Second").InsertAfterSelf(new Run(new RunProperties(new Vanish()), new Text(" except to IT"))));

        var result = Verify(hidden);
        Assert.Equal(VerifyStatus.BodyChanged, result.Status);
        Assert.Equal("[hidden: Passwords are never shared.]", result.Changes[0].CurrentText);
        Assert.Equal(VerifyStatus.BodyChanged, Verify(added).Status);
    }

    [Fact]
    public void ControlBoundToOrdinaryCustomXml_IsHashed_ButBoundToCoreProperties_IsNot()
    {
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder()
            .Add(BoundParagraph("{11111111-2222-3333-4444-555555555555}", "Retention: 6 years"))
            .Add(BoundParagraph(CoreStore, "Acme Corp policy title"))
            .Build());

        var ordinary = Edit(stamped, main => Text(main, "Retention: 6 years").Text = "Retention: 1 year");
        var core = Edit(stamped, main => Text(main, "Acme Corp policy title").Text = "Renamed by SharePoint");

        Assert.Equal(VerifyStatus.BodyChanged, Verify(ordinary).Status);
        Assert.Equal(VerifyStatus.Unchanged, Verify(core).Status);
    }

    [Fact]
    public void FootnoteText_IsHashed()
    {
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder()
            .Add(new Paragraph(new Run(new Text("Body")), new Run(new FootnoteReference { Id = 1 })))
            .With(document =>
            {
                var part = document.MainDocumentPart!.AddNewPart<FootnotesPart>();
                part.Footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new Text("See procedure PRC-1.")))) { Id = 1 });
            })
            .Build());

        var edited = Edit(stamped, main => main.FootnotesPart!.Footnotes.Descendants<Text>().Single().Text = "See nothing.");

        var result = Verify(edited);
        Assert.Equal(VerifyStatus.BodyChanged, result.Status);
        Assert.Equal("[footnote] See nothing.", result.Changes[0].CurrentText);
    }

    private static Paragraph BoundParagraph(string store, string text) => new(new SdtRun(
        new SdtProperties(new DataBinding { StoreItemId = store, XPath = "/root[1]/value[1]" }),
        new SdtContentRun(new Run(new Text(text)))));

    private static Text Text(MainDocumentPart main, string text) => main.Document.Body!.Descendants<Text>().First(t => t.Text == text);

    private static Run Run(MainDocumentPart main, string text) => (Run)Text(main, text).Parent!;

    private static VerifyResult Verify(byte[] document) => StampVerifier.Verify(new MemoryStream(document));

    private static byte[] Edit(byte[] document, Action<MainDocumentPart> edit)
    {
        var stream = new MemoryStream();
        stream.Write(document);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            edit(package.MainDocumentPart!);
            package.MainDocumentPart!.Document.Save();
            package.MainDocumentPart.FootnotesPart?.Footnotes.Save();
        }

        return stream.ToArray();
    }
}
