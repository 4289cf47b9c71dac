using M365PolicyControl.SharePoint.Provisioning.Template;

namespace M365PolicyControl.SharePoint.Tests.Provisioning;

/// <summary>Settings SharePoint refuses or silently ignores are found by reading them back and reported, not hidden.</summary>
public sealed class SettingsReadBackTests
{
    [Fact]
    public async Task Ignored_and_refused_settings_are_reported_and_the_rest_still_applied()
    {
        await using var tenant = await TenantHarness.StartAsync();
        var shipped = TemplateLoader.LoadBuiltIn();
        // Built in code, not parsed: the loader itself refuses minor versions on a list.
        var requirements = shipped.FindList("requirements")!;
        var odd = requirements with
        {
            Settings = requirements.Settings! with { EnableMinorVersions = true, MajorVersionLimit = 60000 },
        };
        var template = shipped with { Lists = [odd, .. shipped.Lists.Skip(1)] };

        var result = await tenant.ProvisionAsync(template);

        Assert.Contains(result.RefusedSettings, r => r.Setting == "EnableMinorVersions" && r.Reason.StartsWith("ignored"));
        Assert.Contains(result.RefusedSettings, r => r.Setting == "MajorVersionLimit" && r.Reason.StartsWith("refused"));
        Assert.False(result.Succeeded);
        var settings = (await tenant.ReadStateAsync()).Find("requirements")!.Rest!.Settings;
        Assert.Equal(true, settings.EnableVersioning);
        Assert.Equal(false, settings.EnableMinorVersions);
    }
}
