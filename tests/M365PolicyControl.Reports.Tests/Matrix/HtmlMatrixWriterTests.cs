using System.Text;
using M365PolicyControl.Reports.Matrix;

namespace M365PolicyControl.Reports.Tests.Matrix;

public sealed class HtmlMatrixWriterTests
{
    private static async Task<byte[]> WriteAsync()
    {
        using var stream = new MemoryStream();
        await HtmlMatrixWriter.WriteAsync(SampleReport.Report(), stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task Page_IsWellFormedAndSelfContained()
    {
        var bytes = await WriteAsync();
        var page = HtmlReader.Parse(bytes);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.StartsWith("<!DOCTYPE html>", text, StringComparison.Ordinal);
        Assert.StartsWith("Coverage matrix", page.Named("title").Single().Value, StringComparison.Ordinal);
        Assert.Empty(page.Named("script"));
        Assert.Empty(page.Named("link"));
        Assert.Contains(".status-gap{background:#FFC7CE}", page.Named("style").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_HasOneRowPerRequirementWithStatusClasses()
    {
        var page = HtmlReader.Parse(await WriteAsync());

        var rows = page.ById("matrix").Named("tbody").Single().Elements("tr").ToArray();
        Assert.Equal(65, rows.Length);
        var riskAnalysis = page.ById("req-164.308(a)(1)(ii)(A)");
        var status = riskAnalysis.Elements("td").ElementAt(4);
        Assert.Equal("Covered", status.Value);
        Assert.Equal("status status-covered", (string?)status.Attribute("class"));
    }

    [Fact]
    public async Task Summary_CountsEveryRequirement()
    {
        var page = HtmlReader.Parse(await WriteAsync());

        var overall = page.ById("summary").Named("tbody").Single().Elements("tr").First().Elements("td").ToArray();
        Assert.Equal("All", overall[0].Value);
        Assert.Equal("65", overall[1].Value);
        Assert.Equal(7, page.ById("summary").Named("tr").Count());
    }

    [Fact]
    public async Task HostileTextIsEscaped()
    {
        var bytes = await WriteAsync();
        var page = HtmlReader.Parse(bytes);

        Assert.Contains(page.ById("warnings").Elements("li"), li => li.Value.Contains(SampleReport.Hostile, StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
