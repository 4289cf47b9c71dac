using System.Globalization;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Directory;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Shapes;

/// <summary>The <c>fieldValueSet</c> of a list item as Graph reads it back (reference §4.6 table).</summary>
internal static class FieldsJson
{
    public static JsonObject Write(ListRecord list, ItemRecord item, TenantModel model, IReadOnlySet<string>? select)
    {
        var fields = new JsonObject
        {
            ["@odata.etag"] = $"\"{item.UniqueId},{item.Version}\"",
            ["id"] = item.Id.ToString(CultureInfo.InvariantCulture),
            ["ContentType"] = list.IsLibrary ? (item.DriveItemId is { } id && model.FindDriveItem(id)?.IsFolder == true ? "Folder" : "Document") : "Item",
            ["Modified"] = Projection.Timestamp(item.Modified),
            ["Created"] = Projection.Timestamp(item.Created),
            ["AuthorLookupId"] = SiteUserId(item.CreatedBy),
            ["EditorLookupId"] = SiteUserId(item.ModifiedBy),
            ["_UIVersionString"] = item.UiVersionLabel,
            ["Attachments"] = false,
            ["Edit"] = string.Empty,
            ["ItemChildCount"] = "0",
            ["FolderChildCount"] = "0",
        };
        AddLifecycle(list, item, fields);
        AddFile(list, item, model, fields);
        foreach (var column in list.Columns.Where(column => !BuiltInColumns.IsBuiltIn(column) && Selected(column, select)))
        {
            AddValue(column, item, model, fields);
        }

        if (item.Fields["Title"] is { } title)
        {
            fields["Title"] = title.DeepClone();
            fields["LinkTitle"] = title.DeepClone();
        }

        return Projection.Select(fields, select, "id");
    }

    // Skipping unselected columns up front saves building (and deep-cloning) values the projection would drop.
    private static bool Selected(JsonObject column, IReadOnlySet<string>? select) =>
        select is null || ((string?)column["name"] is { } name && (select.Contains(name) || select.Contains(name + "LookupId")));

    private static void AddLifecycle(ListRecord list, ItemRecord item, JsonObject fields)
    {
        if (list.Settings.EnableModeration)
        {
            fields["_ModerationStatus"] = item.ModerationStatus;
            if (item.ModerationComment.Length > 0)
            {
                fields["_ModerationComments"] = item.ModerationComment;
            }
        }

        if (item.CheckInComment.Length > 0)
        {
            fields["_CheckinComment"] = item.CheckInComment;
        }

        if (item.CheckedOutBy is not null)
        {
            fields["CheckoutUserLookupId"] = SiteUserId(item.CheckedOutBy);
        }
    }

    private static void AddFile(ListRecord list, ItemRecord item, TenantModel model, JsonObject fields)
    {
        if (!list.IsLibrary || item.DriveItemId is null || model.FindDriveItem(item.DriveItemId) is not { } file)
        {
            return;
        }

        fields["FileLeafRef"] = file.Name;
        fields["LinkFilename"] = file.Name;
        fields["LinkFilenameNoMenu"] = file.Name;
        fields["DocIcon"] = Path.GetExtension(file.Name).TrimStart('.');
        fields["FileSizeDisplay"] = file.Size.ToString(CultureInfo.InvariantCulture);
    }

    private static void AddValue(JsonObject column, ItemRecord item, TenantModel model, JsonObject fields)
    {
        var name = (string)column["name"]!;
        var facet = ColumnRules.FacetOf(column);
        if (facet is "personOrGroup" or "lookup")
        {
            AddLookup(column, name, item.Fields[name + "LookupId"], model, fields);
            return;
        }

        if (item.Fields[name] is { } value)
        {
            fields[name] = value.DeepClone();
        }
    }

    private static void AddLookup(JsonObject column, string name, JsonNode? ids, TenantModel model, JsonObject fields)
    {
        if (ids is null)
        {
            return;
        }

        if (ids is JsonArray array)
        {
            fields[name] = new JsonArray(array.Select(id => (JsonNode?)LookupEntry(column, id!.GetValue<int>(), model)).ToArray());
            return;
        }

        var single = ids.GetValue<int>();
        fields[name + "LookupId"] = single.ToString(CultureInfo.InvariantCulture);
        if (ColumnRules.FacetOf(column) == "lookup")
        {
            fields[name] = LookupValue(column, single, model);
        }
    }

    private static JsonObject LookupEntry(JsonObject column, int id, TenantModel model)
    {
        var entry = new JsonObject { ["LookupId"] = id, ["LookupValue"] = LookupValue(column, id, model) };
        if (ColumnRules.FacetOf(column) == "personOrGroup" && SeededDirectory.FindBySiteUserId(id) is { } user)
        {
            entry["Email"] = user.UserPrincipalName;
        }

        return entry;
    }

    private static string LookupValue(JsonObject column, int id, TenantModel model)
    {
        if (ColumnRules.FacetOf(column) == "personOrGroup")
        {
            return SeededDirectory.FindBySiteUserId(id)?.DisplayName ?? string.Empty;
        }

        var lookup = column["lookup"]!;
        var listId = Guid.Parse((string)lookup["listId"]!);
        var target = model.State.ItemsOf(listId).GetValueOrDefault(id);
        var shown = target?.Fields[(string)lookup["columnName"]!];
        return shown?.ToString() ?? string.Empty;
    }

    private static string SiteUserId(string upn) =>
        (SeededDirectory.Find(upn) ?? SeededDirectory.Admin).SiteUserId.ToString(CultureInfo.InvariantCulture);
}
