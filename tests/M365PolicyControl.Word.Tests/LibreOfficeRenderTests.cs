using System.Diagnostics;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Word.Tests;

/// <summary>Stamped files render: LibreOffice converts them to PDF and the policy id is in the PDF's text.</summary>
public sealed class LibreOfficeRenderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static readonly string[] Samples =
    [
        "pydocx-hdr-header-footer.docx",
        "pandoc-alternate_document_path.docx",
        "pandoc-ns0-reference.docx",
        "poi-60293.docx",
        "mammoth-strict-format.docx",
    ];

    [LibreOfficeFact]
    public async Task StampedCorpusFiles_RenderToPdfShowingThePolicyId()
    {
        using var temp = new TempFolder();
        var stamped = Samples.Select(name =>
        {
            var path = temp.File("stamped-" + name);
            File.WriteAllBytes(path, DocumentBuilder.Stamp(File.ReadAllBytes(CorpusFiles.Good(name))));
            return path;
        }).ToList();

        await RunAsync("soffice", ["-env:UserInstallation=file://" + temp.File("lo-profile"), "--headless", "--convert-to", "pdf", "--outdir", temp.Path, .. stamped]);

        foreach (var path in stamped)
        {
            var pdf = Path.ChangeExtension(path, ".pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice produced no PDF for {Path.GetFileName(path)}");
            var text = await RunAsync("pdftotext", [pdf, "-"]);
            Assert.Contains("POL-AC-001", text);
            Assert.Contains("Controlled copy", text);
        }
    }

    private static async Task<string> RunAsync(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var cancel = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(cancel.Token);
        var error = process.StandardError.ReadToEndAsync(cancel.Token);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish within {Timeout}");
        }

        Assert.True(process.ExitCode == 0, $"{tool} exited {process.ExitCode}: {await error}");
        return await output;
    }
}
