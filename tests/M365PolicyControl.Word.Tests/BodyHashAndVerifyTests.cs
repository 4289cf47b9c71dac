using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word.Tests;

public sealed class BodyHashAndVerifyTests
{
    [Fact]
    public void Hash_IsTheSameBeforeAndAfterStamping_AndMatchesTheResult()
    {
        var source = new DocumentBuilder().Heading("Purpose").Paragraph("Limit   access\tto ePHI.").Build();
        using var output = new MemoryStream();

        var result = new DocumentStamper().Stamp(new MemoryStream(source), output, SampleMetadata.AccessControl());

        Assert.Equal(BodyHasher.Compute(new MemoryStream(source)), result.BodyHash);
        Assert.Equal(result.BodyHash, BodyHasher.Compute(new MemoryStream(output.ToArray())));
        Assert.Equal(BodyDigest.Of(["Purpose", "Limit access to ePHI."]).Hash, result.BodyHash);
    }

    [Fact]
    public void Hash_CountsTrackedInsertions_AndIgnoresTrackedDeletionsAndEmptyParagraphs()
    {
        var tracked = new DocumentBuilder()
            .Add(new Paragraph(
                new Run(new Text("Access is ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                new DeletedRun(new Run(new DeletedText("never "))) { Id = "1", Author = "a" },
                new InsertedRun(new Run(new Text("always "))) { Id = "2", Author = "a" },
                new Run(new Text("logged."))))
            .Add(new Paragraph())
            .Build();

        Assert.Equal(BodyDigest.Of(["Access is always logged."]).Hash, BodyHasher.Compute(new MemoryStream(tracked)));
    }

    [Fact]
    public void Verify_NamesTheChangedAndRemovedParagraphs()
    {
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder().Paragraph("One").Paragraph("Two").Paragraph("Three").Paragraph("Four").Build());
        var edited = Edit(stamped, body =>
        {
            body.Descendants<Text>().Single(t => t.Text == "Two").Text = "Deux";
            body.Descendants<Paragraph>().Single(p => p.InnerText == "Three").Remove();
        });

        var result = StampVerifier.Verify(new MemoryStream(edited));

        Assert.Equal(VerifyStatus.BodyChanged, result.Status);
        Assert.Equal(
            [new ParagraphChange(2, ParagraphChangeKind.Changed, "Deux"), new ParagraphChange(3, ParagraphChangeKind.Removed, null)],
            result.Changes);
    }

    [Fact]
    public void Verify_UnstampedIsNotStamped_AndFreshStampIsUnchangedWithNoProblems()
    {
        var source = new DocumentBuilder().Paragraph("Body").Build();
        var result = StampVerifier.Verify(new MemoryStream(DocumentBuilder.Stamp(source)));

        Assert.Equal(VerifyStatus.Unchanged, result.Status);
        Assert.Empty(result.StampProblems);
        Assert.Equal(VerifyStatus.NotStamped, StampVerifier.Verify(new MemoryStream(source)).Status);
    }

    [Theory]
    [InlineData(StampTags.ControlBlock, "the control block was altered")]
    [InlineData(StampTags.Mapping, "the mapping table was altered")]
    public void Verify_TextEditedOrAddedInsideOurBlocks_IsStampAltered(string tag, string problem)
    {
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder().Paragraph("Body").Build());
        var edited = Edit(stamped, body => Tagged(body, tag).Single().Descendants<Text>().Last().Text += " and more");
        var added = Edit(stamped, body => Tagged(body, tag).Single().SdtContentBlock!.Append(new Paragraph(new Run(new Text("Smuggled")))));

        foreach (var document in new[] { edited, added })
        {
            var result = StampVerifier.Verify(new MemoryStream(document));
            Assert.Equal(VerifyStatus.StampAltered, result.Status);
            Assert.Equal([problem], result.StampProblems);
        }
    }

    [Fact]
    public void Verify_RemovedControlBlock_IsStampAltered_ControlBlockRemoved()
    {
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder().Paragraph("Body").Build());
        var edited = Edit(stamped, body => Tagged(body, StampTags.ControlBlock).Single().Remove());

        var result = StampVerifier.Verify(new MemoryStream(edited));

        Assert.Equal(VerifyStatus.StampAltered, result.Status);
        Assert.Equal(["control block removed"], result.StampProblems);
        Assert.False(result.ControlBlockPresent);
    }

    [Fact]
    public void Verify_NewControlWithOurPrefix_OrACopyOfOurBlock_CountsAsBodyText()
    {
        var stamped = DocumentBuilder.Stamp(new DocumentBuilder().Paragraph("Body").Build());
        var lookalike = Edit(stamped, body => body.InsertAfter(
            new SdtBlock(new SdtProperties(new Tag { Val = "m365pc:control-extra" }), new SdtContentBlock(new Paragraph(new Run(new Text("Hidden clause"))))),
            Tagged(body, StampTags.ControlBlock).Single()));
        var copy = Edit(stamped, body => body.InsertAfter(
            Tagged(body, StampTags.Mapping).Single().CloneNode(true), Tagged(body, StampTags.ControlBlock).Single()));

        var result = StampVerifier.Verify(new MemoryStream(lookalike));
        Assert.Equal(VerifyStatus.BodyChanged, result.Status);
        Assert.Equal(new ParagraphChange(1, ParagraphChangeKind.Added, "Hidden clause"), result.Changes[0]);
        Assert.Equal(VerifyStatus.BodyChanged, StampVerifier.Verify(new MemoryStream(copy)).Status);
    }

    private static IEnumerable<SdtBlock> Tagged(Body body, string tag) =>
        body.Descendants<SdtBlock>().Where(s => StampedPackage.TagOf(s) == tag).ToList();

    private static byte[] Edit(byte[] document, Action<Body> edit)
    {
        var stream = new MemoryStream();
        stream.Write(document);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            edit(package.MainDocumentPart!.Document.Body!);
            package.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }
}
