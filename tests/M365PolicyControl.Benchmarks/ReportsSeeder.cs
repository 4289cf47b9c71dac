using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant;
using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Lifecycle;
using M365PolicyControl.Word.Conversion;

namespace M365PolicyControl.Benchmarks;

/// <summary>Fills the library with effective documents over plain HTTP: one content PUT and one fields PATCH each.</summary>
internal static class ReportsSeeder
{
    public static async Task SeedAsync(TenantConnection connection, int port, int documents, int workers)
    {
        var siteUrl = connection.Options.SiteUrl;
        var site = await connection.Graph.Sites[$"{siteUrl.Host}:{siteUrl.AbsolutePath}"].GetAsync();
        var lists = await connection.Graph.Sites[site!.Id].Lists.GetAsync();
        var libraryId = lists!.Value!.Single(l => l.DisplayName == PolicyColumns.Library).Id;
        var requirementsId = lists.Value!.Single(l => l.DisplayName == "Security Rule Requirements").Id;
        var drive = await connection.Graph.Sites[site.Id].Lists[libraryId].Drive.GetAsync();
        var requirements = await connection.Graph.Sites[site.Id].Lists[requirementsId].Items.GetAsync(rc => rc.QueryParameters.Top = 999);
        var requirementIds = requirements!.Value!.Select(i => int.Parse(i.Id!, CultureInfo.InvariantCulture)).ToArray();
        var content = SampleDocument();

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/v1.0/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LocalTenantOptions.DevelopmentToken);
        await Parallel.ForEachAsync(Enumerable.Range(0, documents), new ParallelOptions { MaxDegreeOfParallelism = workers }, async (i, ct) =>
        {
            using var put = await http.PutAsync($"drives/{drive!.Id}/items/root:/BM-{i:D5}.docx:/content", new ByteArrayContent(content), ct);
            put.EnsureSuccessStatusCode();
            var itemId = JsonNode.Parse(await put.Content.ReadAsStringAsync(ct))!["id"]!.GetValue<string>();
            var fields = Fields(i, requirementIds);
            using var patch = await http.PatchAsync($"drives/{drive.Id}/items/{itemId}/listItem/fields", new StringContent(fields.ToJsonString(), Encoding.UTF8, "application/json"), ct);
            patch.EnsureSuccessStatusCode();
        });
    }

    private static JsonObject Fields(int i, int[] requirementIds)
    {
        var mapped = new JsonArray(Enumerable.Range(0, 3).Select(k => (JsonNode?)requirementIds[(i * 7 + k * 13) % requirementIds.Length]).ToArray());
        var effective = new DateOnly(2025, 1, 1).AddDays(i % 365);
        return new JsonObject
        {
            ["Title"] = $"Benchmark policy {i}",
            ["PolicyId"] = $"BM-{i:D5}",
            ["DocumentKind"] = i % 3 == 0 ? "Procedure" : "Policy",
            ["PolicyStatus"] = "Effective",
            ["EffectiveDate"] = effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
            ["NextReviewDue"] = effective.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
            ["PolicyOwnerLookupId"] = 7,
            ["ApprovedByLookupId"] = 9,
            ["BodyHash"] = i.ToString("x64", CultureInfo.InvariantCulture),
            ["SecurityRuleRequirementsLookupId@odata.type"] = "Collection(Edm.Int32)",
            ["SecurityRuleRequirementsLookupId"] = mapped,
        };
    }

    private static byte[] SampleDocument()
    {
        using var stream = new MemoryStream();
        MarkdownDocxConverter.Convert("# Benchmark Policy\n\n" + string.Join("\n\n", Enumerable.Range(0, 40).Select(p => $"Paragraph {p} of a policy that implements 164.312(a)(1).")), stream);
        return stream.ToArray();
    }
}
