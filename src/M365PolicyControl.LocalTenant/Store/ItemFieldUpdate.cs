using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>
/// PATCH fields: If-Match, ForceCheckout, validation and uniqueness all-or-nothing, then a new
/// version (SharePoint versions metadata edits too) and a new eTag on the file.
/// </summary>
internal sealed class ItemFieldUpdate(TenantModel model, Versioning versioning)
{
    public JsonObject Apply(TenantRequest request, ListRecord list, ItemRecord item)
    {
        Preconditions.RequireIfMatch(request, ItemJson.ETag(item), $"\"{item.UniqueId},{item.Version}\"");
        if (list.IsLibrary && list.Settings.ForceCheckout && !string.Equals(item.CheckedOutBy, request.ActingUserUpn, StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphException(423, "resourceLocked", "The file is not checked out. You must first check out this document before making changes.");
        }

        var before = item.Fields.DeepClone().AsObject();
        try
        {
            FieldWriter.Apply(list, item, request.JsonBody(), model);
            UniqueValues.Require(list, item, model);
        }
        catch (GraphException)
        {
            item.Fields = before;
            throw;
        }

        if (list.IsLibrary && request.JsonBody()["FileLeafRef"] is { } newName && item.DriveItemId is { } fileId && model.FindDriveItem(fileId) is { } file)
        {
            file.Name = (string)newName!;
            item.Fields.Remove("FileLeafRef");
        }

        versioning.RecordFieldChange(list, item, request.ActingUserUpn);
        model.State.Save(item);
        if (item.DriveItemId is { } driveItemId && model.FindDriveItem(driveItemId) is { } driveItem)
        {
            new DriveFiles(model, versioning).Touch(driveItem, request.ActingUserUpn);
        }

        return FieldsJson.Write(list, item, model, null);
    }
}
