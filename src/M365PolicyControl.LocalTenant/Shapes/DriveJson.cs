using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Shapes;

/// <summary>The Graph <c>drive</c> resource of a document library.</summary>
internal static class DriveJson
{
    public static JsonObject Write(ListRecord library, TenantModel model, string baseUrl)
    {
        var site = model.SiteOf(library);
        var admin = Projection.IdentitySet(Directory.SeededDirectory.Admin);
        return new JsonObject
        {
            ["createdDateTime"] = Projection.Timestamp(library.Created),
            ["description"] = library.Description,
            ["id"] = library.DriveId,
            ["lastModifiedDateTime"] = Projection.Timestamp(library.Modified),
            ["name"] = library.DisplayName,
            ["webUrl"] = baseUrl + TenantModel.EscapePath(library.ServerRelativeUrl(site)),
            ["driveType"] = "documentLibrary",
            ["createdBy"] = admin,
            ["owner"] = admin.DeepClone(),
            ["quota"] = new JsonObject { ["deleted"] = 0, ["remaining"] = 27487790694400L, ["state"] = "normal", ["total"] = 27487790694400L, ["used"] = 0 },
        };
    }
}
