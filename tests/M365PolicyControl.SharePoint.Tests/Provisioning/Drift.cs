using M365PolicyControl.SharePoint.Provisioning.Template;
using Microsoft.Graph.Models;

namespace M365PolicyControl.SharePoint.Tests.Provisioning;

/// <summary>Hand edits made behind provisioning's back, through the same wire protocol a user's tools would use.</summary>
internal static class Drift
{
    public static async Task DeleteColumnAsync(TenantHarness tenant, string listKey, string column)
    {
        var state = await tenant.ReadStateAsync();
        var list = state.Find(listKey)!;
        await tenant.Connection.Graph.Sites[state.Site.Id].Lists[list.Id].Columns[list.FindColumn(column)!.Id].DeleteAsync();
    }

    public static async Task SetSettingAsync(TenantHarness tenant, string listKey, string setting, object value)
    {
        var state = await tenant.ReadStateAsync();
        await tenant.Connection.Rest.UpdateListSettingsAsync(state.Site.WebUrl, Guid.Parse(state.Find(listKey)!.Id), new Dictionary<string, object> { [setting] = value });
    }

    public static async Task EditRequirementAsync(TenantHarness tenant, string citation, string field, string value)
    {
        var state = await tenant.ReadStateAsync();
        var list = state.Find("requirements")!;
        var row = list.Items.Single(i => i.Text("Title") == citation);
        await tenant.Connection.Graph.Sites[state.Site.Id].Lists[list.Id].Items[row.Id].Fields
            .PatchAsync(new FieldValueSet { AdditionalData = new Dictionary<string, object> { [field] = value } });
    }
}

/// <summary>Variants of the shipped template.</summary>
internal static class Templates
{
    public static string Json(Action<System.Text.Json.Nodes.JsonNode> change)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(TestSupport.RepoPaths.InRepo("provisioning", "templates", "hipaa-policy-library.json")))!;
        change(node);
        return node.ToJsonString();
    }

    public static ProvisioningTemplate With(Action<System.Text.Json.Nodes.JsonNode> change, string? removeKey = null, int listIndex = 0, int columnIndex = 0) =>
        TemplateLoader.Parse(Json(t =>
        {
            change(t);
            if (removeKey is not null)
            {
                t["lists"]![listIndex]!["columns"]![columnIndex]!.AsObject().Remove(removeKey);
            }
        }), "variant.json");
}
