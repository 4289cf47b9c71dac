using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace M365PolicyControl.LocalTenant.Tests;

public sealed class RestTests
{
    public static async Task<HttpResponseMessage> MergeAsync(TenantHarness tenant, string url, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json;odata=nometadata");
        request.Headers.Add("X-HTTP-Method", "MERGE");
        request.Headers.Add("IF-MATCH", "*");
        request.Headers.Add("Accept", "application/json;odata=nometadata");
        var response = await tenant.Client.SendAsync(request);
        return response;
    }

    public static async Task<JsonObject> PostAsync(TenantHarness tenant, string url, JsonObject? body = null, bool verbose = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body?.ToJsonString() ?? string.Empty, Encoding.UTF8) };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(verbose ? "application/json;odata=verbose" : "application/json;odata=nometadata");
        request.Headers.Add("Accept", verbose ? "application/json;odata=verbose" : "application/json;odata=nometadata");
        var response = await tenant.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static string Library(TenantHarness tenant) => tenant.Server.WebUrl("/sites/compliance") + "/_api/web/lists/GetByTitle('Documents')";

    [Fact]
    public async Task ListSettings_MergeThenRead_RoundTrip()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var settings = new JsonObject
        {
            ["EnableVersioning"] = true, ["EnableMinorVersions"] = true, ["MajorVersionLimit"] = 500, ["MajorWithMinorVersionsLimit"] = 10,
            ["EnableModeration"] = true, ["DraftVersionVisibility"] = 2, ["ForceCheckout"] = true,
        };

        var merge = await MergeAsync(tenant, Library(tenant), settings);
        var read = await tenant.GetJsonAsync(Library(tenant) + "?$select=EnableVersioning,EnableMinorVersions,MajorVersionLimit,MajorWithMinorVersionsLimit,EnableModeration,DraftVersionVisibility,ForceCheckout");

        Assert.Equal(HttpStatusCode.NoContent, merge.StatusCode);
        Assert.Equal(settings.ToJsonString(), new JsonObject(read.Select(pair => KeyValuePair.Create(pair.Key, pair.Value?.DeepClone()))).ToJsonString());
    }

    [Fact]
    public async Task MinorVersionsOnAGenericList_AreIgnored_SoOnlyAReadBackShowsIt()
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.PostJsonAsync(tenant.Site + "/lists", new JsonObject { ["displayName"] = "Policy Reviews" });
        var list = tenant.Server.WebUrl("/sites/compliance") + "/_api/web/lists/GetByTitle('Policy Reviews')";

        var merge = await MergeAsync(tenant, list, new JsonObject { ["EnableMinorVersions"] = true, ["EnableModeration"] = true });
        var read = await tenant.GetJsonAsync(list);

        Assert.Equal(HttpStatusCode.NoContent, merge.StatusCode);
        Assert.False((bool)read["EnableMinorVersions"]!);
        Assert.True((bool)read["EnableModeration"]!);
        Assert.Equal(100, (int)read["BaseTemplate"]!);
    }

    [Fact]
    public async Task LibraryMajorVersionLimitBelow100_IsRefusedWithSharePointErrorBody()
    {
        await using var tenant = await TenantHarness.StartAsync();

        var merge = await MergeAsync(tenant, Library(tenant), new JsonObject { ["MajorVersionLimit"] = 50 });
        var body = JsonNode.Parse(await merge.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, merge.StatusCode);
        Assert.Contains("SPException", (string?)body["odata.error"]!["code"]);
        Assert.Equal("en-US", (string?)body["odata.error"]!["message"]!["lang"]);
    }

    [Fact]
    public async Task Verbose_WrapsEntitiesInD_WithMetadata()
    {
        await using var tenant = await TenantHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, Library(tenant) + "?$select=Title,EnableVersioning");
        request.Headers.Add("Accept", "application/json;odata=verbose");

        var body = JsonNode.Parse(await (await tenant.Client.SendAsync(request)).Content.ReadAsStringAsync())!;

        Assert.Equal("SP.List", (string?)body["d"]!["__metadata"]!["type"]);
        Assert.Equal("Documents", (string?)body["d"]!["Title"]);
    }

    [Fact]
    public async Task Views_AddAndReadBack()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var views = Library(tenant) + "/views";

        var added = await PostAsync(tenant, views + "/add", new JsonObject
        {
            ["parameters"] = new JsonObject
            {
                ["Title"] = "Drafts awaiting approval",
                ["ViewFields"] = new JsonArray("LinkFilename", "Modified"),
                ["Query"] = "<Where><Eq><FieldRef Name='_ModerationStatus'/><Value Type='ModStat'>2</Value></Eq></Where>",
                ["RowLimit"] = 50,
            },
        });
        var read = await tenant.GetJsonAsync(views + "/GetByTitle('Drafts awaiting approval')");
        var fields = await tenant.GetJsonAsync(views + "/GetByTitle('Drafts awaiting approval')/ViewFields");

        Assert.Equal((string?)added["Id"], (string?)read["Id"]);
        Assert.Contains("ModStat", (string?)read["ViewQuery"]);
        Assert.Equal(["LinkFilename", "Modified"], fields["Items"]!.AsArray().Select(name => (string?)name));
    }

    [Fact]
    public async Task Lists_ExpandViewsAndViewFields_WithSelectPaths()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var web = tenant.Server.WebUrl("/sites/compliance") + "/_api/web";

        var lists = await tenant.GetJsonAsync(web + "/lists?$select=Id,Title,EnableModeration,Views/Title,Views/ViewFields&$expand=Views,Views/ViewFields");
        var documents = lists["value"]!.AsArray().Single(list => (string?)list!["Title"] == "Documents")!;
        var views = await tenant.GetJsonAsync($"{web}/lists(guid'{documents["Id"]}')/views?$expand=ViewFields");

        var view = Assert.Single(documents["Views"]!.AsArray())!;
        Assert.Equal("All Documents", (string?)view["Title"]);
        Assert.Null(view["ViewQuery"]);
        Assert.Contains("LinkFilename", view["ViewFields"]!["Items"]!.AsArray().Select(name => (string?)name));
        Assert.Null(documents["MajorVersionLimit"]);
        Assert.NotNull(Assert.Single(views["value"]!.AsArray())!["ViewFields"]!["Items"]);
    }

    [Fact]
    public async Task File_SelectIntoExpandedListItemAllFields()
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.PutBytesAsync(tenant.Site + "/drive/root:/a b.docx:/content", [1], 201);
        var file = tenant.Server.WebUrl("/sites/compliance") + "/_api/web/GetFileByServerRelativeUrl('/sites/compliance/Shared Documents/a b.docx')";

        var json = await tenant.GetJsonAsync(file + "?$select=ServerRelativeUrl,UIVersionLabel,Level,CheckOutType,ListItemAllFields/OData__ModerationStatus&$expand=ListItemAllFields");

        Assert.Equal("/sites/compliance/Shared Documents/a b.docx", (string?)json["ServerRelativeUrl"]);
        Assert.Equal("1.0", (string?)json["UIVersionLabel"]);
        Assert.Equal(0, (int)json["ListItemAllFields"]!["OData__ModerationStatus"]!);
        Assert.Single(json["ListItemAllFields"]!.AsObject());
        Assert.Null(json["Name"]);
    }

    [Fact]
    public async Task CreateFieldAsXml_MultiChoice_KeepsNameOnlyWithOption8()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var create = Library(tenant) + "/fields/CreateFieldAsXml";
        const string Xml = "<Field Type=\"MultiChoice\" Name=\"SafeguardAreas\" DisplayName=\"Safeguard Areas\"><CHOICES><CHOICE>Administrative</CHOICE><CHOICE>Technical</CHOICE></CHOICES></Field>";

        var hinted = await PostAsync(tenant, create, new JsonObject { ["parameters"] = new JsonObject { ["SchemaXml"] = Xml, ["Options"] = 8 } });
        var encoded = await PostAsync(tenant, create, new JsonObject { ["parameters"] = new JsonObject { ["SchemaXml"] = Xml.Replace("Safeguard Areas", "Safeguard Zones"), ["Options"] = 0 } });
        var graphColumn = await tenant.GetJsonAsync(tenant.Site + "/lists/Documents/columns/SafeguardAreas");

        Assert.Equal("SafeguardAreas", (string?)hinted["InternalName"]);
        Assert.Equal("MultiChoice", (string?)hinted["TypeAsString"]);
        Assert.Equal("Safeguard_x0020_Zones", (string?)encoded["InternalName"]);
        Assert.Equal("checkBoxes", (string?)graphColumn["choice"]!["displayAs"]);
    }

    [Fact]
    public async Task EnsureUser_ReturnsTheSiteUserIdPersonColumnsTake()
    {
        await using var tenant = await TenantHarness.StartAsync();

        var user = await PostAsync(tenant, tenant.Server.WebUrl("/sites/compliance") + "/_api/web/ensureuser",
            new JsonObject { ["logonName"] = "i:0#.f|membership|alice.approver@contoso.onmicrosoft.com" });

        Assert.Equal(9, (int)user["Id"]!);
        Assert.Equal("Alice Approver", (string?)user["Title"]);
    }
}
