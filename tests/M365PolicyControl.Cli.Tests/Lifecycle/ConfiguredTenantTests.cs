using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant;
using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Provisioning;
using M365PolicyControl.SharePoint.Provisioning.Template;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests.Lifecycle;

/// <summary>The lifecycle verbs work on the tenant policycontrol.json names, not on a local tenant of their own.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ConfiguredTenantTests
{
    [Fact]
    public async Task Import_and_status_with_config_use_the_configured_tenant_and_start_none_locally()
    {
        using var folder = new TempFolder();
        await using var tenant = await LocalTenantServer.StartAsync(new LocalTenantOptions { DataDirectory = folder.File("configured-tenant") });
        await ProvisionAsync(tenant);
        var config = folder.File("policycontrol.json");
        await File.WriteAllTextAsync(config, new JsonObject
        {
            ["Tenant"] = new JsonObject
            {
                ["SiteUrl"] = $"https://{tenant.Hostname}/sites/compliance",
                ["GraphBaseUrl"] = tenant.GraphBaseUrl,
                ["AccessToken"] = LocalTenantOptions.DevelopmentToken,
            },
        }.ToJsonString());
        var localData = folder.File("local-data");
        var document = SampleDocuments.Write(folder, "access-control.docx");

        var import = await CliRun.RunAsync("import", document, "--config", config, "--data", localData);
        var (code, output, error) = await CliRun.RunAsync("status", "--json", "--config", config, "--data", localData);

        Assert.True(import.ExitCode == ExitCodes.Ok, import.Error);
        Assert.True(code == ExitCodes.Ok, error);
        var rows = JsonNode.Parse(output)!.AsArray();
        var row = Assert.Single(rows);
        Assert.Equal("Draft", (string?)row!["status"]);
        Assert.Equal("access-control", (string?)row["title"]);
        Assert.False(File.Exists(Path.Combine(localData, "tenant.db")), "no local tenant was started under --data");
        var (localCode, _, localError) = await CliRun.RunAsync("status", "--json", "--data", localData);
        Assert.NotEqual(ExitCodes.Ok, localCode);
        Assert.NotEmpty(localError);
    }

    private static async Task ProvisionAsync(LocalTenantServer tenant)
    {
        using var connection = TenantConnection.Open(new TenantConnectionOptions
        {
            GraphBaseUrl = new Uri(tenant.GraphBaseUrl),
            SiteUrl = new Uri($"https://{tenant.Hostname}/sites/compliance"),
            Credentials = new TenantCredentials.StaticToken(LocalTenantOptions.DevelopmentToken),
        });
        var result = await new ProvisioningEngine(connection).RunAsync(TemplateLoader.LoadBuiltIn(), new ProvisioningOptions());
        Assert.True(result.Succeeded);
    }
}
