using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Shapes;

/// <summary>
/// The Graph <c>listItemVersion</c>: <c>id</c> (the label), <c>lastModifiedBy</c>,
/// <c>lastModifiedDateTime</c>, <c>published</c> on majors, and with <c>$expand=fields</c> the
/// fieldValueSet as it was at that version.
/// </summary>
internal static class ListItemVersionJson
{
    public static JsonObject Write(ListRecord list, ItemRecord item, VersionRecord version, TenantModel model, string? select, string? expand)
    {
        var json = new JsonObject
        {
            ["id"] = version.Label,
            ["lastModifiedBy"] = Projection.IdentitySet(version.ModifiedBy),
            ["lastModifiedDateTime"] = Projection.Timestamp(version.Modified),
        };
        if (version.Minor == 0)
        {
            json["published"] = new JsonObject { ["level"] = "published", ["versionId"] = version.Label };
        }

        if (ODataOptions.FindExpand(expand, "fields") is { } fields)
        {
            json["fields"] = Fields(list, item, version, model, ODataOptions.ParseSelect(fields.Select));
        }

        return Projection.Select(json, ODataOptions.ParseSelect(select), "id", "fields");
    }

    /// <summary>The fieldValueSet of one version: its stored values rendered with the version's own label, editor and time.</summary>
    public static JsonObject Fields(ListRecord list, ItemRecord item, VersionRecord version, TenantModel model, IReadOnlySet<string>? select)
    {
        var current = ReferenceEquals(version, item.Versions[^1]);
        var asOfVersion = new ItemRecord
        {
            ListId = item.ListId,
            Id = item.Id,
            UniqueId = item.UniqueId,
            Created = item.Created,
            CreatedBy = item.CreatedBy,
            Modified = version.Modified,
            ModifiedBy = version.ModifiedBy,
            DriveItemId = item.DriveItemId,
            Major = version.Major,
            Minor = version.Minor,
            Version = item.Version,

            // Versions recorded before snapshots existed have none: the current one shows the item's
            // values, older ones only their system fields.
            Fields = (version.Fields ?? (current ? item.Fields : [])).DeepClone().AsObject(),
            ModerationStatus = version.ModerationStatus ?? (current ? item.ModerationStatus : Versioning.Approved),
            ModerationComment = current ? item.ModerationComment : string.Empty,
            CheckInComment = version.CheckInComment,
        };
        var fields = FieldsJson.Write(list, asOfVersion, model, null);
        fields.Remove("@odata.etag");
        if (fields.ContainsKey("FileSizeDisplay"))
        {
            fields["FileSizeDisplay"] = version.Size.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Projection.Select(fields, select, "id");
    }
}
