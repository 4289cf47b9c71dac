using System.Globalization;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Directory;
using M365PolicyControl.LocalTenant.Shapes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>SP.File, SP.FileVersion and a file's list item in REST names (<c>OData__ModerationStatus</c>, …).</summary>
internal static class RestFileJson
{
    public static JsonObject File(DriveItemRecord file, ItemRecord listItem, TenantModel model) => new()
    {
        ["Name"] = file.Name,
        ["ServerRelativeUrl"] = model.ServerRelativePath(file),
        ["UniqueId"] = file.UniqueId.ToString(),
        ["Length"] = file.Size.ToString(CultureInfo.InvariantCulture),
        ["MajorVersion"] = listItem.Major,
        ["MinorVersion"] = listItem.Minor,
        ["UIVersion"] = listItem.Major * 512 + listItem.Minor,
        ["UIVersionLabel"] = listItem.UiVersionLabel,
        ["CheckInComment"] = listItem.CheckInComment,
        // CheckOutType: 0 Online, 2 None. Level: 1 Published, 2 Draft, 255 Checkout.
        ["CheckOutType"] = listItem.CheckedOutBy is null ? 2 : 0,
        ["Level"] = listItem.CheckedOutBy is not null ? 255 : listItem.Minor == 0 ? 1 : 2,
        ["ETag"] = $"\"{{{file.UniqueId.ToString().ToUpperInvariant()}}},{file.Version}\"",
        ["ContentTag"] = $"{{{file.UniqueId.ToString().ToUpperInvariant()}}},{file.Version},{file.ContentVersion}",
        ["TimeCreated"] = Projection.Timestamp(file.Created),
        ["TimeLastModified"] = Projection.Timestamp(file.Modified),
    };

    public static JsonObject ListItemAllFields(ListRecord library, ItemRecord item, TenantModel model)
    {
        var graphFields = FieldsJson.Write(library, item, model, null);
        var fields = new JsonObject
        {
            ["Id"] = item.Id,
            ["ID"] = item.Id,
            ["GUID"] = item.UniqueId.ToString(),
            ["OData__ModerationStatus"] = item.ModerationStatus,
            ["OData__ModerationComments"] = item.ModerationComment.Length == 0 ? null : item.ModerationComment,
            ["OData__UIVersionString"] = item.UiVersionLabel,
            ["OData__UIVersion"] = item.Major * 512 + item.Minor,
            ["CheckoutUserId"] = item.CheckedOutBy is { } holder ? (SeededDirectory.Find(holder) ?? SeededDirectory.Admin).SiteUserId : null,
            ["AuthorId"] = int.Parse((string)graphFields["AuthorLookupId"]!, CultureInfo.InvariantCulture),
            ["EditorId"] = int.Parse((string)graphFields["EditorLookupId"]!, CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in graphFields)
        {
            if (!key.StartsWith('@') && !key.StartsWith('_') && !key.EndsWith("LookupId", StringComparison.Ordinal) && !fields.ContainsKey(key))
            {
                fields[key] = value?.DeepClone();
            }
        }

        return fields;
    }

    public static JsonObject Version(VersionRecord version, string fileUrl) => new()
    {
        ["ID"] = version.Major * 512 + version.Minor,
        ["VersionLabel"] = version.Label,
        ["IsCurrentVersion"] = false,
        ["CheckInComment"] = version.CheckInComment,
        ["Created"] = Projection.Timestamp(version.Modified),
        ["Size"] = version.Size,
        ["Url"] = $"_vti_history/{version.Major * 512 + version.Minor}{fileUrl}",
    };
}
