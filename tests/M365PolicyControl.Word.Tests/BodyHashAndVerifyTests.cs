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
    public void Verify_EditInsideOurControlBlock_DoesNotCountAsBodyChange_ButUnstampedIsNotStamped()
    {
        var source = new DocumentBuilder().Paragraph("Body").Build();
        var stamped = DocumentBuilder.Stamp(source);
        var edited = Edit(stamped, body => body.Descendants<SdtBlock>().First().Descendants<Text>().First().Text = "Edited control block");

        Assert.Equal(VerifyStatus.Unchanged, StampVerifier.Verify(new MemoryStream(edited)).Status);
        Assert.Equal(VerifyStatus.NotStamped, StampVerifier.Verify(new MemoryStream(source)).Status);
    }

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
