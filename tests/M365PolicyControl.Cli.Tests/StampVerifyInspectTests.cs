using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class StampVerifyInspectTests
{
    [Fact]
    public async Task Stamp_WritesStampedCopyBesideInput_AndLeavesInputUnchanged()
    {
        using var temp = new TempFolder();
        var input = SampleDocuments.Write(temp, "policy.docx");
        var before = File.ReadAllBytes(input);

        var (code, output, _) = await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp));

        Assert.Equal(0, code);
        Assert.Contains("POL-AC-001", output);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.True(File.Exists(temp.File("policy.stamped.docx")));
    }

    [Fact]
    public async Task Verify_AfterStamp_Is0_AfterEdit_Is1NamingTheParagraph_Unstamped_Is3()
    {
        using var temp = new TempFolder();
        var input = SampleDocuments.Write(temp, "policy.docx");
        await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp));
        var stamped = temp.File("policy.stamped.docx");

        Assert.Equal(0, (await CliRun.RunAsync("verify", stamped)).ExitCode);
        Assert.Equal(3, (await CliRun.RunAsync("verify", input)).ExitCode);

        SampleDocuments.EditParagraph(stamped, SampleDocuments.Paragraphs[4], "Users may share passwords.");
        var (code, output, _) = await CliRun.RunAsync("verify", stamped);
        Assert.Equal(1, code);
        Assert.Contains("paragraph 5 changed: \"Users may share passwords.\"", output);
    }

    [Fact]
    public async Task Verify_RemovedControlBlock_Is1_SayingSo()
    {
        using var temp = new TempFolder();
        var input = SampleDocuments.Write(temp, "policy.docx");
        await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp));
        var stamped = temp.File("policy.stamped.docx");
        using (var document = WordprocessingDocument.Open(stamped, true))
        {
            document.MainDocumentPart!.Document.Body!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.SdtBlock>()!.Remove();
        }

        var (code, output, _) = await CliRun.RunAsync("verify", stamped);

        Assert.Equal(1, code);
        Assert.Contains("STAMP ALTERED: control block removed", output);
    }

    [Fact]
    public async Task Verify_Json_ReportsStatusAndChanges()
    {
        using var temp = new TempFolder();
        var input = SampleDocuments.Write(temp, "policy.docx");
        await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp));
        var stamped = temp.File("policy.stamped.docx");
        SampleDocuments.EditParagraph(stamped, SampleDocuments.Paragraphs[2], "Changed.");

        var (code, output, _) = await CliRun.RunAsync("verify", stamped, "--json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("bodyChanged", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("changes")[0].GetProperty("number").GetInt32());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Stamp_InPlace_KeepsTheFileMode()
    {
        using var temp = new TempFolder();
        var input = SampleDocuments.Write(temp, "policy.docx");
        const UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(input, mode);

        var (code, _, _) = await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp), "--in-place");

        Assert.Equal(0, code);
        Assert.Equal(mode, File.GetUnixFileMode(input));
    }

    [Fact]
    public async Task Stamp_InPlace_ThroughASymlink_StampsTheTargetAndKeepsTheLink()
    {
        using var temp = new TempFolder();
        var real = SampleDocuments.Write(temp, "real.docx");
        var link = temp.File("link.docx");
        File.CreateSymbolicLink(link, real);

        var (code, _, _) = await CliRun.RunAsync("stamp", link, "--metadata", MetadataFiles.Write(temp), "--in-place");

        Assert.Equal(0, code);
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.Equal(0, (await CliRun.RunAsync("verify", real)).ExitCode);
    }

    [Fact]
    public async Task Stamp_InPlace_ReplacesInputAtomically_AndRestampKeepsOneOfEach()
    {
        using var temp = new TempFolder();
        var input = SampleDocuments.Write(temp, "policy.docx");
        var metadata = MetadataFiles.Write(temp);

        Assert.Equal(0, (await CliRun.RunAsync("stamp", input, "--metadata", metadata, "--in-place")).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("stamp", input, "--metadata", metadata, "--in-place")).ExitCode);

        Assert.Equal(["meta.json", "policy.docx"], Directory.EnumerateFiles(temp.Path).Select(Path.GetFileName).Order());
        var (code, output, _) = await CliRun.RunAsync("inspect", input, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var tags = json.RootElement.GetProperty("contentControls").EnumerateArray().Select(c => c.GetProperty("tag").GetString()).ToList();
        Assert.Equal(1, tags.Count(t => t == "m365pc:control"));
        Assert.Equal(1, tags.Count(t => t == "m365pc:mapping"));
        Assert.Equal("POL-AC-001", json.RootElement.GetProperty("stampFields").GetProperty("M365PC_PolicyId").GetString());
        Assert.Equal(0, (await CliRun.RunAsync("verify", input)).ExitCode);
    }

    [Theory]
    [InlineData(WordprocessingDocumentType.MacroEnabledDocument, "policy.docx", "out.docx", ".docm")]
    [InlineData(WordprocessingDocumentType.Document, "policy.docm", "out.docm", ".docx")]
    [InlineData(WordprocessingDocumentType.Document, "policy.docx", "out.dotx", ".docx")]
    public async Task Stamp_OutputExtensionNotMatchingThePackage_IsRefusedNamingTheRightOne(
        WordprocessingDocumentType type, string inputName, string outputName, string rightExtension)
    {
        using var temp = new TempFolder();
        var input = SampleDocuments.Write(temp, inputName, type);

        var (code, _, error) = await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp), "-o", temp.File(outputName));
        var (defaultCode, _, _) = await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp));

        Assert.Equal(2, code);
        Assert.Contains($"use --output out{rightExtension}", error);
        Assert.False(File.Exists(temp.File(outputName)));
        Assert.Equal(Path.GetExtension(inputName) == rightExtension ? 0 : 2, defaultCode);
    }

    [Fact]
    public async Task Stamp_Docm_KeepsExtensionAndContentType()
    {
        using var temp = new TempFolder();
        var input = SampleDocuments.Write(temp, "macro.docm", WordprocessingDocumentType.MacroEnabledDocument);

        Assert.Equal(0, (await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp))).ExitCode);

        using var stamped = WordprocessingDocument.Open(temp.File("macro.stamped.docm"), false);
        Assert.Equal(WordprocessingDocumentType.MacroEnabledDocument, stamped.DocumentType);
    }

    [Fact]
    public async Task Stamp_Template_IsRefusedWithSaveAsDocumentAdvice()
    {
        using var temp = new TempFolder();
        var input = SampleDocuments.Write(temp, "template.dotx", WordprocessingDocumentType.Template);

        var (code, _, error) = await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp));

        Assert.Equal(2, code);
        Assert.Contains("save it as a document", error);
        Assert.False(File.Exists(temp.File("template.stamped.dotx")));
    }

    [SharedTheory("corpus/docx")]
    [InlineData("oxsdk-Document.dotx")]
    [InlineData("oxsdk-ProjectQualityPlan_TP10185896.dotx")]
    [InlineData("oxsdk-VendorRatingPolicy_TP10187010.dotx")]
    [InlineData("poi-60316.dotx")]
    public async Task Stamp_CorpusTemplate_IsRefusedCleanly(string fileName)
    {
        using var temp = new TempFolder();
        var input = Path.Combine(RepoPaths.CorpusDocx, fileName);
        var output = temp.File("out.dotx");

        var (code, _, error) = await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp), "-o", output);

        Assert.Equal(2, code);
        Assert.Contains($"{input}: this is a Word template", error);
        Assert.False(File.Exists(output));
    }

    [SharedFact("corpus/docx/poi-hello-world-signed.docx")]
    public async Task Stamp_Signed_IsRefused_UnlessRemoveSignature()
    {
        using var temp = new TempFolder();
        var input = Path.Combine(RepoPaths.CorpusDocx, "poi-hello-world-signed.docx");
        var metadata = MetadataFiles.Write(temp);
        var output = temp.File("signed.docx");

        var refused = await CliRun.RunAsync("stamp", input, "--metadata", metadata, "-o", output);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("digitally signed", refused.Error);
        Assert.False(File.Exists(output));

        var removed = await CliRun.RunAsync("stamp", input, "--metadata", metadata, "-o", output, "--remove-signature");
        Assert.Equal(0, removed.ExitCode);
        Assert.Contains("signature was removed", removed.Error);
        using var stamped = WordprocessingDocument.Open(output, false);
        Assert.Null(stamped.DigitalSignatureOriginPart);
    }

    [Fact]
    public async Task Inspect_Text_ListsSectionsAndStamp()
    {
        using var temp = new TempFolder();
        var input = SampleDocuments.Write(temp, "policy.docx");
        await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp), "--culture", "en-GB");

        var (code, output, _) = await CliRun.RunAsync("inspect", temp.File("policy.stamped.docx"));

        Assert.Equal(0, code);
        Assert.Contains("section 1", output);
        Assert.Contains("controlled-copy line", output);
        Assert.Contains("stamp: POL-AC-001 v1.0", output);
        Assert.Contains("0 validation errors", output);
    }

    [Fact]
    public async Task Stamp_UnknownCulture_IsAnError()
    {
        using var temp = new TempFolder();
        var input = SampleDocuments.Write(temp, "policy.docx");

        var (code, _, error) = await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp), "--culture", "xx-NOPE");

        Assert.Equal(2, code);
        Assert.Contains("xx-NOPE", error);
    }
}
