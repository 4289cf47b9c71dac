using System.Text;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Matrix;

namespace M365PolicyControl.Reports.Tests.Matrix;

public sealed class TextMatrixWriterTests
{
    private static void AssertSameRows(IReadOnlyList<MatrixRow> expected, IReadOnlyList<MatrixRow> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e with { Policies = [], Procedures = [], Drafts = [], Overdue = [], Owners = [] },
                a with { Policies = [], Procedures = [], Drafts = [], Overdue = [], Owners = [] });
            Assert.Equal(e.Policies, a.Policies);
            Assert.Equal(e.Procedures, a.Procedures);
            Assert.Equal(e.Drafts, a.Drafts);
            Assert.Equal(e.Overdue, a.Overdue);
            Assert.Equal(e.Owners, a.Owners);
        }
    }

    [Fact]
    public async Task Csv_RoundTripsEveryRow()
    {
        var report = SampleReport.Report();
        using var stream = new MemoryStream();

        await CsvMatrixWriter.WriteAsync(report, stream);
        stream.Position = 0;
        var rows = await CsvMatrixWriter.ReadAsync(stream);

        AssertSameRows(MatrixRow.From(report), rows);
        Assert.Contains(rows, r => r.Owners.Count == 2);
    }

    [Fact]
    public async Task Csv_StartsWithTheHeaderRow()
    {
        using var stream = new MemoryStream();
        await CsvMatrixWriter.WriteAsync(SampleReport.Report(), stream);

        var firstLine = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n")[0];

        Assert.StartsWith("Citation,Requirement,Type,Implementation,Safeguard,Standard,Status,Policies", firstLine);
    }

    [Fact]
    public async Task Json_RoundTripsRowsAndRollups()
    {
        var report = SampleReport.Report();
        using var stream = new MemoryStream();

        await JsonMatrixWriter.WriteAsync(report, stream);
        stream.Position = 0;
        var document = await JsonMatrixWriter.ReadAsync(stream);

        AssertSameRows(MatrixRow.From(report), document.Rows);
        Assert.Equal(report.AsOf, document.AsOf);
        Assert.Equal("hipaa-security-2013", document.CatalogId);
        Assert.Equal(report.Overall.Counts, document.Overall.Counts);
        Assert.Equal(report.BySafeguard.Select(r => r.SatisfiedPercent), document.BySafeguard.Select(r => r.SatisfiedPercent));
        Assert.Equal(22, document.ByStandard.Count);
        Assert.Equal(report.Warnings, document.Warnings);
    }

    [Fact]
    public async Task Json_WritesStatusesAsNames()
    {
        using var stream = new MemoryStream();
        await JsonMatrixWriter.WriteAsync(SampleReport.Report(), stream);

        var json = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("\"status\": \"PolicyOnly\"", json, StringComparison.Ordinal);
        Assert.Contains("\"catalogId\": \"hipaa-security-2013\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_HasOneTableRowPerRequirementAndEscapesPipes()
    {
        var report = SampleReport.Report();
        var markdown = MarkdownMatrixWriter.Render(report);

        var matrixLines = markdown.Split('\n').Where(l => l.StartsWith("| 164.", StringComparison.Ordinal)).ToArray();
        Assert.Equal(65, matrixLines.Length);
        Assert.Contains("| 164.308(a)(5)(ii)(A) | Security reminders | A | Decision |", markdown, StringComparison.Ordinal);
        Assert.Contains("| EXC\\|7 until 2025-09-30 |", markdown, StringComparison.Ordinal);
        Assert.All(matrixLines, l => Assert.Equal(11, l.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|')));
    }

    [Theory]
    [InlineData(MatrixFormat.Xlsx, ".xlsx")]
    [InlineData(MatrixFormat.Markdown, ".md")]
    [InlineData(MatrixFormat.Html, ".html")]
    public void Extension_FollowsTheFormat(MatrixFormat format, string extension) =>
        Assert.Equal(extension, MatrixWriter.Extension(format));

    [Fact]
    public async Task WriteToFile_ReplacesTheFileAtomicallyAndLeavesNoTemporaryFiles()
    {
        using var temp = new TestSupport.TempFolder();
        var path = temp.File("matrix.csv");
        await File.WriteAllTextAsync(path, "old");

        await MatrixWriter.WriteToFileAsync(SampleReport.Report(), MatrixFormat.Csv, path);

        Assert.StartsWith("Citation,", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task WriteToFile_LeavesTheOldFileWhenTheWriterFails()
    {
        using var temp = new TestSupport.TempFolder();
        var path = temp.File("matrix.csv");
        await File.WriteAllTextAsync(path, "old");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            MatrixWriter.WriteToFileAsync(SampleReport.Report(), (MatrixFormat)99, path));

        Assert.Equal("old", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Labels_AreReadable() => Assert.Equal("Policy only", StatusStyle.Label(CoverageStatus.PolicyOnly));
}
