using M365PolicyControl.Core.Catalog;
using M365PolicyControl.SharePoint.Provisioning;
using M365PolicyControl.SharePoint.Provisioning.Planning;
using M365PolicyControl.SharePoint.Provisioning.Template;

namespace M365PolicyControl.SharePoint.Tests.Provisioning;

/// <summary>Provisioning over real loopback HTTP against the local tenant.</summary>
public sealed class ProvisioningTests
{
    [Fact]
    public async Task From_empty_creates_the_library_registers_settings_views_and_requirement_rows()
    {
        await using var tenant = await TenantHarness.StartAsync();

        var result = await tenant.ProvisionAsync();

        Assert.True(result.Succeeded, string.Join("; ", result.Failed.Select(f => f.Error)));
        var state = await tenant.ReadStateAsync();
        Assert.Equal(6, state.Lists.Count);
        var library = state.Find("policies")!;
        Assert.Equal("documentLibrary", library.Template);
        Assert.NotNull(library.FindColumn("SecurityRuleRequirements"));
        Assert.NotNull(library.FindColumn("ImplementingProcedures"));
        Assert.Equal(true, library.Rest!.Settings.EnableModeration);
        Assert.Equal(true, library.Rest.Settings.EnableMinorVersions);
        Assert.Equal(2, library.Rest.Settings.DraftVersionVisibility);
        Assert.Contains(library.Rest.Views, v => v.Title == "Drafts Awaiting Approval");
        Assert.Equal(SecurityRuleCatalog.Default.Requirements.Count, state.Find("requirements")!.Items.Count);
        Assert.Contains(result.Created, s => s.Target == "Policy Exceptions/AffectedSafeguards" && s.Via == "sharepoint-rest");
        Assert.True(result.Requests <= 25, $"{result.Requests} round trips from empty");
    }

    [Fact]
    public async Task A_second_run_writes_nothing_and_says_so()
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.ProvisionAsync();

        var again = await tenant.ProvisionAsync();

        Assert.Equal(0, again.Writes);
        Assert.True(again.UpToDate);
        Assert.Empty(again.Created);
        Assert.Empty(again.Updated);
        Assert.True(again.Reads <= 6, $"{again.Reads} reads");
        Assert.StartsWith("Site is up to date", again.Summary);
    }

    [Fact]
    public async Task What_if_reports_the_plan_and_writes_nothing()
    {
        await using var tenant = await TenantHarness.StartAsync();

        var plan = await tenant.ProvisionAsync(options: new ProvisioningOptions { WhatIf = true });

        Assert.Equal(0, plan.Writes);
        Assert.Contains(plan.Created, s => s.Kind == "list" && s.Target == "Security Policies");
        Assert.Empty((await tenant.ReadStateAsync()).Lists);
    }

    [Fact]
    public async Task Drift_is_repaired_and_reported()
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.ProvisionAsync();
        var clean = await tenant.DumpAsync();
        await Drift.DeleteColumnAsync(tenant, "policies", "BodyHash");
        await Drift.SetSettingAsync(tenant, "policies", "EnableModeration", false);
        await Drift.EditRequirementAsync(tenant, "164.308(a)(1)(i)", "RequirementName", "Edited by hand");

        var repair = await tenant.ProvisionAsync();

        Assert.Contains(repair.Created, s => s.Target == "Security Policies/BodyHash");
        Assert.Contains(repair.Updated, s => s.Target == "Security Policies/EnableModeration" && s.Detail == "false -> true");
        Assert.Contains(repair.Updated, s => s.Target == "Security Rule Requirements/164.308(a)(1)(i)" && s.Detail.Contains("RequirementName"));
        Assert.Equal(clean, await tenant.DumpAsync());
        Assert.Equal(0, (await tenant.ProvisionAsync()).Writes);
    }

    [Fact]
    public async Task A_column_type_change_is_refused_unless_destructive_changes_are_allowed()
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.ProvisionAsync();
        var changed = Templates.With(t => t["lists"]![1]!["columns"]![17]!["type"] = "number", removeKey: "maxLength", listIndex: 1, columnIndex: 17);

        var refused = await tenant.ProvisionAsync(changed);

        var step = Assert.Single(refused.Refused);
        Assert.Equal("Security Policies/BodyHash", step.Target);
        Assert.Contains("--allow-destructive", step.Detail);
        Assert.Equal(0, refused.Writes);
        Assert.False(refused.Succeeded);

        var forced = await tenant.ProvisionAsync(changed, new ProvisioningOptions { AllowDestructive = true });

        Assert.Contains(forced.Updated, s => s.Target == "Security Policies/BodyHash" && s.Action == PlanAction.Recreate);
        Assert.Equal("number", ColumnDefinitions.TypeOf((await tenant.ReadStateAsync(changed)).Find("policies")!.FindColumn("BodyHash")!.Json));
    }

    [Fact]
    public async Task Removing_a_column_that_holds_values_is_refused()
    {
        await using var tenant = await TenantHarness.StartAsync();
        await tenant.ProvisionAsync();
        var retired = Templates.With(t =>
        {
            var requirements = t["lists"]![0]!;
            var columns = requirements["columns"]!.AsArray();
            columns.Remove(columns.Single(c => (string?)c!["name"] == "CatalogId"));
            requirements["seed"]!["fields"]!.AsObject().Remove("CatalogId");
            requirements["retiredColumns"] = new System.Text.Json.Nodes.JsonArray("CatalogId");
        });

        var refused = await tenant.ProvisionAsync(retired);

        Assert.Contains(refused.Refused, s => s.Target == "Security Rule Requirements/CatalogId" && s.Detail.Contains("holds values"));
        Assert.Equal(0, refused.Writes);
    }

    [Fact]
    public async Task A_bad_template_is_refused_before_any_request()
    {
        var json = Templates.Json(t => t["lists"]![1]!["columns"]![3]!["lookupList"] = "nowhere");

        var error = Assert.Throws<TemplateInvalidException>(() => TemplateLoader.Parse(json, "bad.json"));

        Assert.Contains(error.Problems, p => p.Message.Contains("'nowhere'"));
    }
}
