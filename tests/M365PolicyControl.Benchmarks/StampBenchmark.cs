using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using M365PolicyControl.Core.Metadata;
using M365PolicyControl.TestSupport;
using M365PolicyControl.Word;

namespace M365PolicyControl.Benchmarks;

/// <summary>
/// <c>stamp [--repetitions N] [--folder PATH]</c>: per corpus file, the median CPU time to stamp against the median time
/// to open the same package with the Open XML SDK, load its main document and save it unchanged ("open+save"),
/// and, for reference, to open and save the package without loading any part ("package only").
/// </summary>
internal static class StampBenchmark
{
    private static readonly StampOptions Options = new() { AllowTemplate = true, RemoveSignature = true };

    private static readonly PolicyMetadata Metadata = new()
    {
        PolicyId = "POL-AC-001",
        Title = "Access Control Policy",
        Owner = "ciso@contoso.example",
        EffectiveDate = new DateOnly(2026, 1, 15),
        Requirements = ["164.312(a)(1)", "164.312(d)", "164.308(a)(4)(ii)(B)"],
    };

    public static Task<int> RunAsync(string[] args)
    {
        var repetitions = int.Parse(Value(args, "--repetitions") ?? "7", CultureInfo.InvariantCulture);
        var folder = Value(args, "--folder") ?? RepoPaths.CorpusDocx;
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"stamp benchmark: {folder} not found");
            return Task.FromResult(2);
        }

        var stamper = new DocumentStamper();
        var rows = new List<(string Name, double Stamp, double OpenSave, double PackageOnly)>();
        Console.WriteLine($"{"file",-60} {"stamp cpu ms",12} {"open+save",9} {"ratio",6} {"pkg only",9}");
        foreach (var file in Directory.EnumerateFiles(folder).Where(IsWord).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            if (!CanOpenAndSave(bytes))
            {
                Console.WriteLine($"{Path.GetFileName(file),-60} skipped: the SDK cannot open it unrepaired, so there is no baseline");
                continue;
            }

            var stamp = Median(repetitions, () => stamper.Stamp(new MemoryStream(bytes), new MemoryStream(), Metadata, Options));
            var openSave = Median(repetitions, () => OpenAndSave(bytes, loadMain: true));
            var packageOnly = Median(repetitions, () => OpenAndSave(bytes, loadMain: false));
            rows.Add((Path.GetFileName(file), stamp, openSave, packageOnly));
            Console.WriteLine($"{Path.GetFileName(file),-60} {stamp,12:F1} {openSave,9:F1} {stamp / openSave,6:F2} {packageOnly,9:F1}");
        }

        var total = (Stamp: rows.Sum(r => r.Stamp), OpenSave: rows.Sum(r => r.OpenSave), PackageOnly: rows.Sum(r => r.PackageOnly));
        var geometric = Math.Exp(rows.Average(r => Math.Log(r.Stamp / r.OpenSave)));
        Console.WriteLine($"{"TOTAL (" + rows.Count + " files, median of " + repetitions + ")",-60} {total.Stamp,12:F1} {total.OpenSave,9:F1} {total.Stamp / total.OpenSave,6:F2} {total.PackageOnly,9:F1}");
        Console.WriteLine($"overall ratio stamp / open+save: {total.Stamp / total.OpenSave:F2} (sum of medians), {geometric:F2} (geometric mean per file); target <= 1.5");
        Console.WriteLine($"stamp / package-only open+save: {total.Stamp / total.PackageOnly:F2} (sum of medians)");
        return Task.FromResult(0);
    }

    private static void OpenAndSave(byte[] bytes, bool loadMain)
    {
        var stream = new MemoryStream();
        stream.Write(bytes);
        stream.Position = 0;
        using var package = WordprocessingDocument.Open(stream, true, new OpenSettings { AutoSave = false });
        if (loadMain)
        {
            package.MainDocumentPart!.Document.Save();
        }
    }

    private static bool CanOpenAndSave(byte[] bytes)
    {
        try
        {
            OpenAndSave(bytes, loadMain: true);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static double Median(int repetitions, Action action)
    {
        action();
        var times = new double[repetitions];
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < repetitions; i++)
        {
            // CPU time, not wall time: on a shared machine other jobs stretch wall time at random.
            process.Refresh();
            var before = process.TotalProcessorTime;
            action();
            process.Refresh();
            times[i] = (process.TotalProcessorTime - before).TotalMilliseconds;
        }

        Array.Sort(times);
        return times[repetitions / 2];
    }

    private static bool IsWord(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".docx" or ".docm" or ".dotx" or ".dotm";

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
