using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>Creates lists and libraries the way SharePoint does: template columns, default view, a drive for libraries.</summary>
internal sealed class ListFactory(TenantModel model)
{
    public ListRecord Create(SiteRecord site, string displayName, string description, string template, JsonArray? columns, string? urlName = null)
    {
        if (template is not ("genericList" or "documentLibrary"))
        {
            throw GraphException.BadRequest($"The list template '{template}' is not supported by the local tenant.");
        }

        if (model.FindList(site, displayName) is not null)
        {
            throw GraphException.Conflict($"A list, survey, discussion board, or document library with the specified title '{displayName}' already exists in this Web site.");
        }

        var now = model.Now;
        var isLibrary = template == "documentLibrary";
        var list = new ListRecord
        {
            Id = Guid.NewGuid(),
            SiteId = site.Id,
            Name = urlName ?? UrlName(displayName),
            DisplayName = displayName,
            Description = description,
            Template = template,
            Created = now,
            Modified = now,
            Columns = BuiltInColumns.For(template),
            Settings = new ListSettings { EnableVersioning = true, MajorVersionLimit = isLibrary ? 500 : 50 },
        };
        list.Views.Add(new ViewRecord
        {
            Id = Guid.NewGuid(),
            Title = isLibrary ? "All Documents" : "All Items",
            DefaultView = true,
            ViewFields = isLibrary ? ["DocIcon", "LinkFilename", "Modified", "Editor"] : ["LinkTitle"],
        });
        foreach (var column in columns?.OfType<JsonObject>() ?? [])
        {
            list.Columns.Add(ColumnRules.Create(column, list, model));
        }

        if (isLibrary)
        {
            AttachDrive(site, list);
        }

        model.State.Save(list);
        return list;
    }

    private void AttachDrive(SiteRecord site, ListRecord list)
    {
        list.DriveId = Ids.DriveId(site, list.Id);
        var root = new DriveItemRecord
        {
            Id = Ids.DriveItemId(),
            DriveId = list.DriveId,
            ListId = list.Id,
            Name = "root",
            IsFolder = true,
            UniqueId = Guid.NewGuid(),
            Created = list.Created,
            Modified = list.Created,
            CreatedBy = Directory.SeededDirectory.Admin.UserPrincipalName,
            ModifiedBy = Directory.SeededDirectory.Admin.UserPrincipalName,
        };
        list.RootFolderItemId = root.Id;
        model.State.Save(root);
    }

    // SharePoint keeps the title as the URL name minus characters a URL segment cannot hold.
    private static string UrlName(string displayName) =>
        new(displayName.Where(character => !"#%&*:<>?\\/{|}~\"".Contains(character)).ToArray());
}
