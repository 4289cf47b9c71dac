using System.IO.Compression;
using System.Xml.Linq;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Reports.Tests.Packet;

public sealed class PacketIndexPageTests
{
    private static async Task<(XDocument Page, HashSet<string> Entries)> ReadIndexAsync()
    {
        using var temp = new TempFolder();
        using var zip = ZipFile.OpenRead(await new PacketFixture().WriteAsync(temp.Path));
        using var html = new MemoryStream();
        await zip.GetEntry("index.html")!.Open().CopyToAsync(html);
        return (HtmlReader.Parse(html.ToArray()), zip.Entries.Select(e => e.FullName).ToHashSet());
    }

    [Fact]
    public async Task HeatMap_HasOneLinePerStandardAndOneSquarePerRequirement()
    {
        var (page, _) = await ReadIndexAsync();

        var svg = page.Named("svg").Single();
        Assert.Equal("http://www.w3.org/2000/svg", svg.Name.NamespaceName);
        var lines = svg.Named("g").Where(g => g.Attribute("data-standard") is not null).ToArray();
        Assert.Equal(22, lines.Length);
        var squares = lines.SelectMany(l => l.Named("rect")).ToArray();
        Assert.Equal(65, squares.Length);
        var riskLine = lines.Single(l => (string?)l.Attribute("data-standard") == "164.308(a)(1)(i)");
        Assert.Equal(
            ["Covered", "Covered", "Covered", "Gap", "ProcedureOnly"],
            riskLine.Named("rect").Select(r => (string?)r.Attribute("data-status")));
        Assert.Equal("#C6EFCE", (string?)riskLine.Named("rect").First().Attribute("fill"));
    }

    [Fact]
    public async Task ReviewStatusOverdueAndExceptionsAreListed()
    {
        var (page, _) = await ReadIndexAsync();

        Assert.Equal(SampleReport.Documents.Count, page.ById("review-status").Named("tbody").Single().Elements("tr").Count());
        Assert.Contains("POL-IR-001", page.ById("overdue").Value, StringComparison.Ordinal);
        var exception = page.ById("exceptions").Named("tbody").Single().Elements("tr").Single();
        Assert.Equal("EXC|7", exception.Elements("td").First().Value);
        Assert.Contains(SampleReport.Hostile, exception.Value, StringComparison.Ordinal);
        Assert.Equal("Alternative measure", page.ById("decisions").Named("td").ElementAt(2).Value);
    }

    [Fact]
    public async Task EveryLinkResolvesToAFileOrAnAnchorInThePacket()
    {
        var (page, entries) = await ReadIndexAsync();
        var ids = page.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet();

        var links = page.Named("a").Select(a => (string)a.Attribute("href")!).ToArray();

        Assert.All(links, href => Assert.True(
            href.StartsWith('#') ? ids.Contains(href[1..]) : entries.Contains(href), $"{href} does not resolve"));
        Assert.Equal(entries.Count - 1, page.ById("files").Elements("li").Count()); // all but index.html itself
        Assert.Contains("documents/POL-SM-001-v1.0.docx", links);
    }

    [Fact]
    public async Task MatrixLinksEffectiveDocumentsToTheirFiles()
    {
        var (page, _) = await ReadIndexAsync();

        var row = page.ById("req-" + "164.308(a)(6)(ii)");
        var status = row.Elements("td").ElementAt(4);

        Assert.Equal("Stale", status.Value);
        Assert.Contains(row.Named("a"), a => (string?)a.Attribute("href") == "documents/PRC-IR-001-v1.0.docx");
        Assert.Contains(nameof(CoverageStatus.Stale).ToLowerInvariant(), (string?)status.Attribute("class"), StringComparison.Ordinal);
    }
}
