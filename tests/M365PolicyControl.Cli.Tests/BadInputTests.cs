using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests;

/// <summary>Issue 2 item 6: every bad input ends with one line naming the file and the reason, exit 2, nothing written.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class BadInputTests
{
    public static IEnumerable<object[]> BadCorpus() =>
        Directory.Exists(RepoPaths.CorpusBadDocx)
            ? Directory.EnumerateFiles(RepoPaths.CorpusBadDocx).Where(f => !f.EndsWith(".tsv", StringComparison.Ordinal)).Order().Select(f => new object[] { Path.GetFileName(f) })
            : [["(corpus absent)"]];

    [SharedTheory("corpus/docx/bad")]
    [MemberData(nameof(BadCorpus))]
    public async Task Stamp_BadCorpusFile_FailsCleanlyAndWritesNothing(string fileName)
    {
        using var temp = new TempFolder();
        var input = Path.Combine(RepoPaths.CorpusBadDocx, fileName);
        var before = File.ReadAllBytes(input);
        var output = temp.File("out.docx");

        var (code, _, error) = await CliRun.RunAsync("stamp", input, "--metadata", MetadataFiles.Write(temp), "-o", output);

        Assert.Equal(2, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(input, error);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.False(File.Exists(output));
        Assert.Equal(["meta.json"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [SharedTheory("corpus/docx/bad")]
    [InlineData("zero-byte.docx", "empty")]
    [InlineData("poi-bug53475-password-is-pass.docx", "protected (encrypted or rights-managed)")]
    [InlineData("poi-SampleDoc.doc", "legacy binary Word .doc")]
    [InlineData("mammoth-empty.zip", "not a Word document")]
    [InlineData("mammoth-hello.zip", "not a Word document")]
    [InlineData("poi-stress025.docx", "not a Word document")]
    [InlineData("poi-truncated62886.docx", "corrupt")]
    [InlineData("poi-clusterfuzz-testcase-minimized-POIXWPFFuzzer-6733884933668864.docx", "corrupt")]
    [InlineData("poi-ExternalEntityInText.docx", "DTD")]
    public async Task Verify_BadCorpusFile_SaysWhy(string fileName, string reason)
    {
        var (code, _, error) = await CliRun.RunAsync("verify", Path.Combine(RepoPaths.CorpusBadDocx, fileName));

        Assert.Equal(2, code);
        Assert.Contains(reason, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Stamp_MissingFile_SaysNotFound()
    {
        using var temp = new TempFolder();
        var missing = temp.File("nope.docx");

        var (code, _, error) = await CliRun.RunAsync("stamp", missing, "--metadata", MetadataFiles.Write(temp));

        Assert.Equal(2, code);
        Assert.Contains($"{missing}: file not found", error);
    }

    [Fact]
    public async Task Stamp_NotAZip_SaysSo()
    {
        using var temp = new TempFolder();
        var text = temp.File("notes.docx");
        File.WriteAllText(text, "just some text");

        var (code, _, error) = await CliRun.RunAsync("stamp", text, "--metadata", MetadataFiles.Write(temp));

        Assert.Equal(2, code);
        Assert.Contains("not a zip", error);
        Assert.False(File.Exists(temp.File("notes.stamped.docx")));
    }

    [Theory]
    [InlineData("{ \"policyId\": ", "not valid JSON")]
    [InlineData("{ \"policyId\": \"POL-AC-001\", \"title\": \"T\" }", "owner")]
    [InlineData("{ \"policyId\": \"POL-AC-001\", \"title\": \"T\", \"owner\": \"o\", \"requirements\": [\"164.312(z)(9)\"] }", "164.312(z)(9)")]
    [InlineData("{ \"policyId\": \"POL-AC-001\", \"title\": \"A\\u0001B\", \"owner\": \"o\" }", "title: contains a control character (U+0001), which Word documents cannot hold")]
    [InlineData("{ \"policyId\": \"POL-AC-001\", \"title\": \"T\", \"owner\": \"Jane\\ud800 C\" }", "unpaired surrogate")]
    [InlineData("{ \"policyId\": \"POL-AC-001\", \"title\": \"T\", \"owner\": \"o\", \"approver\": \"a\\u000bb\" }", "approver: contains a control character (U+000B)")]
    [InlineData("{ \"policyId\": \"POL-AC-001\", \"title\": \"T\", \"owner\": \"o\", \"changeSummary\": \"\\ufffe\" }", "changeSummary: contains a non-character (U+FFFE)")]
    [InlineData("{ \"policyId\": \"POL-AC-001\", \"title\": \"\\u0000\", \"owner\": \"o\" }", "title: contains a control character (U+0000)")]
    public async Task Stamp_BadMetadata_FailsNamingTheFileAndField(string json, string expected)
    {
        using var temp = new TempFolder();
        var document = SampleDocuments.Write(temp, "policy.docx");
        var metadata = MetadataFiles.Write(temp, json);

        var (code, _, error) = await CliRun.RunAsync("stamp", document, "--metadata", metadata);

        Assert.Equal(2, code);
        Assert.Contains(metadata, error);
        Assert.Contains(expected, error);
        Assert.False(File.Exists(temp.File("policy.stamped.docx")));
    }

    [Fact]
    public async Task Stamp_OutputFolderMissing_FailsAndWritesNothing()
    {
        using var temp = new TempFolder();
        var document = SampleDocuments.Write(temp, "policy.docx");
        var output = Path.Combine(temp.Path, "no-such-folder", "out.docx");

        var (code, _, error) = await CliRun.RunAsync("stamp", document, "--metadata", MetadataFiles.Write(temp), "-o", output);

        Assert.Equal(2, code);
        Assert.Contains($"{output}: cannot be written", error);
    }

    [Fact]
    public async Task Stamp_OutputIsAFolder_FailsAndLeavesNoTempFile()
    {
        using var temp = new TempFolder();
        var document = SampleDocuments.Write(temp, "policy.docx");
        var output = Directory.CreateDirectory(temp.File("taken.docx")).FullName;

        var (code, _, error) = await CliRun.RunAsync("stamp", document, "--metadata", MetadataFiles.Write(temp), "-o", output);

        Assert.Equal(2, code);
        Assert.Contains("cannot be written", error);
        Assert.DoesNotContain(".tmp", error);
        Assert.DoesNotContain(Directory.EnumerateFiles(temp.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stamp_OutputIsTheInput_WithoutInPlace_IsRefused()
    {
        using var temp = new TempFolder();
        var document = SampleDocuments.Write(temp, "policy.docx");
        var before = File.ReadAllBytes(document);

        var (code, _, error) = await CliRun.RunAsync("stamp", document, "--metadata", MetadataFiles.Write(temp), "-o", document);

        Assert.Equal(2, code);
        Assert.Contains("--in-place", error);
        Assert.Equal(before, File.ReadAllBytes(document));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Stamp_InPlace_ReadOnlyTarget_IsRefusedInOneLine()
    {
        using var temp = new TempFolder();
        var document = SampleDocuments.Write(temp, "policy.docx");
        var before = File.ReadAllBytes(document);
        File.SetUnixFileMode(document, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var (code, _, error) = await CliRun.RunAsync("stamp", document, "--metadata", MetadataFiles.Write(temp), "--in-place");

        Assert.Equal(2, code);
        Assert.Equal($"policyctl: {document}: is read-only; make it writable or write the stamped copy elsewhere with --output", error.Trim());
        Assert.Equal(before, File.ReadAllBytes(document));
    }
}
