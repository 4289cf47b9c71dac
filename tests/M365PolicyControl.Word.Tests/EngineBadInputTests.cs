using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Word.Tests;

/// <summary>The engine's reason codes for the bad corpus; the CLI turns them into one-line errors.</summary>
public sealed class EngineBadInputTests
{
    [SharedTheory("corpus/docx/bad")]
    [InlineData("zero-byte.docx", WordDocumentError.Empty)]
    [InlineData("poi-bug53475-password-is-pass.docx", WordDocumentError.Protected)]
    [InlineData("poi-SampleDoc.doc", WordDocumentError.LegacyBinary)]
    [InlineData("mammoth-empty.zip", WordDocumentError.NotWordDocument)]
    [InlineData("mammoth-hello.zip", WordDocumentError.NotWordDocument)]
    [InlineData("poi-stress025.docx", WordDocumentError.NotWordDocument)]
    [InlineData("poi-truncated62886.docx", WordDocumentError.Corrupt)]
    [InlineData("poi-clusterfuzz-testcase-minimized-POIXWPFFuzzer-6120975439364096.docx", WordDocumentError.Corrupt)]
    [InlineData("poi-clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx", WordDocumentError.Corrupt)]
    [InlineData("poi-ExternalEntityInText.docx", WordDocumentError.UnsafeOrInvalidXml)]
    public void Stamp_BadFile_ThrowsWithReason_AndWritesNothing(string fileName, WordDocumentError reason)
    {
        using var output = new MemoryStream();

        var error = Assert.Throws<WordDocumentException>(() => new DocumentStamper().Stamp(
            File.OpenRead(CorpusFiles.Bad(fileName)), output, SampleMetadata.AccessControl()));

        Assert.Equal(reason, error.Reason);
        Assert.Equal(0, output.Length);
    }

    [SharedFact("corpus/docx/poi-hello-world-signed.docx")]
    public void Stamp_Signed_IsRefusedUnlessRemoveSignature()
    {
        var error = Assert.Throws<WordDocumentException>(() => new DocumentStamper().Stamp(
            File.OpenRead(CorpusFiles.Good("poi-hello-world-signed.docx")), new MemoryStream(), SampleMetadata.AccessControl()));

        Assert.Equal(WordDocumentError.Signed, error.Reason);
    }

    [SharedFact("corpus/docx/oxsdk-Document.dotx")]
    public void Stamp_Template_IsRefusedByDefault_AndKeepsTemplateTypeWhenAllowed()
    {
        var template = File.ReadAllBytes(CorpusFiles.Good("oxsdk-Document.dotx"));
        Assert.Equal(WordDocumentError.Template, Assert.Throws<WordDocumentException>(
            () => DocumentBuilder.Stamp(template)).Reason);

        var stamped = DocumentBuilder.Stamp(template, new StampOptions { AllowTemplate = true });

        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(stamped), false);
        Assert.Equal(DocumentFormat.OpenXml.WordprocessingDocumentType.Template, document.DocumentType);
    }
}
