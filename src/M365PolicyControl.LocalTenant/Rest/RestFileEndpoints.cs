using System.Globalization;
using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>
/// File lifecycle over REST (reference §4.8): address a file with
/// <c>GetFileByServerRelativeUrl('…')</c>, <c>GetFileByServerRelativePath(decodedurl='…')</c> or
/// <c>GetFolderByServerRelativeUrl('…')/Files('…')</c>; GET it, its <c>ListItemAllFields</c> and
/// <c>Versions</c>; POST <c>CheckOut()</c>, <c>CheckIn(comment,checkintype)</c>, <c>UndoCheckOut()</c>,
/// <c>Publish(comment)</c>, <c>UnPublish(comment)</c>, <c>Approve(comment)</c>, <c>Deny(comment)</c>.
/// </summary>
internal sealed class RestFileEndpoints(TenantModel model, Versioning versioning)
{
    public static bool Addresses(RestSegment segment) =>
        segment.Is("GetFileByServerRelativeUrl") || segment.Is("GetFileByServerRelativePath") || segment.Is("GetFolderByServerRelativeUrl");

    public TenantResponse Handle(TenantRequest request, string method, SiteRecord site, List<RestSegment> segments)
    {
        var (library, file, consumed) = Resolve(site, segments);
        var listItem = model.ListItemOf(file) ?? throw GraphException.NotFound("File Not Found.");
        var action = segments.ElementAtOrDefault(consumed);
        if (action is null || method == "GET")
        {
            return Read(request, site, library, file, listItem, action);
        }

        if (method != "POST")
        {
            throw new GraphException(405, "methodNotAllowed", $"{method} is not supported on a file.");
        }

        var comment = action.Arg("comment") ?? string.Empty;
        var user = request.ActingUserUpn;
        switch (action.Name.ToLowerInvariant())
        {
            case "checkout": versioning.CheckOut(listItem, user); break;
            case "checkin": versioning.CheckIn(library, listItem, CheckInType(action), comment, user); break;
            case "undocheckout": versioning.UndoCheckOut(listItem, user); break;
            case "publish": versioning.Publish(library, listItem, comment, user); break;
            case "unpublish": versioning.UnPublish(library, listItem, comment, user); break;
            case "approve": versioning.Approve(library, listItem, comment, user); break;
            case "deny": versioning.Deny(library, listItem, comment, user); break;
            default: throw GraphException.NotFound($"The file action '{action.Name}'");
        }

        model.State.Save(listItem);
        new DriveFiles(model, versioning).Sync(file, listItem, user);
        return RestJson.Null(request);
    }

    private TenantResponse Read(TenantRequest request, SiteRecord site, ListRecord library, DriveItemRecord file, ItemRecord listItem, RestSegment? part)
    {
        var uri = request.BaseUrl + request.RawPath;
        if (part is null)
        {
            var json = RestFileJson.File(file, listItem, model);
            if (RestSelect.Expansions(request.Query.Option("expand")).Contains("ListItemAllFields"))
            {
                json["ListItemAllFields"] = RestFileJson.ListItemAllFields(library, listItem, model);
            }

            return RestJson.Entity(request, json, "SP.File", uri);
        }

        if (part.Is("ListItemAllFields"))
        {
            return RestJson.Entity(request, RestFileJson.ListItemAllFields(library, listItem, model), "SP.ListItem", uri);
        }

        if (part.Is("Versions"))
        {
            var path = model.ServerRelativePath(file);
            var history = listItem.Versions.Take(listItem.Versions.Count - 1).Select(version => RestFileJson.Version(version, path));
            return RestJson.Collection(request, history);
        }

        throw GraphException.NotFound($"The file property '{part.Name}'");
    }

    private static int CheckInType(RestSegment action)
    {
        var text = action.Arg("checkintype", 1) ?? "0";
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var type) && type is >= 0 and <= 2
            ? type
            : throw GraphException.BadRequest("checkintype must be 0 (minor), 1 (major) or 2 (overwrite).");
    }

    private (ListRecord Library, DriveItemRecord File, int Consumed) Resolve(SiteRecord site, List<RestSegment> segments)
    {
        var address = segments[0];
        var path = address.Arg("decodedurl") ?? address.Arg("serverRelativeUrl") ?? address.Positional.FirstOrDefault() ?? string.Empty;
        var consumed = 1;
        if (address.Is("GetFolderByServerRelativeUrl"))
        {
            var files = segments.ElementAtOrDefault(1);
            if (files is null || !files.Is("Files") || files.Positional.Count == 0)
            {
                throw GraphException.BadRequest("Address a file in a folder as GetFolderByServerRelativeUrl('…')/Files('name').");
            }

            path = path.TrimEnd('/') + "/" + files.Positional[0];
            consumed = 2;
        }

        var (library, file) = FindFile(site, path);
        return (library, file, consumed);
    }

    private (ListRecord, DriveItemRecord) FindFile(SiteRecord site, string serverRelativePath)
    {
        var wanted = serverRelativePath.StartsWith('/') ? serverRelativePath : "/" + serverRelativePath;
        foreach (var library in model.State.Lists.Values.Where(list => list.SiteId == site.Id && list.IsLibrary))
        {
            var prefix = library.ServerRelativeUrl(site) + "/";
            if (wanted.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var locator = new DriveLocator(model);
                var file = locator.Find(library, "root:/" + wanted[prefix.Length..]);
                if (file is { IsFolder: false })
                {
                    return (library, file);
                }
            }
        }

        throw new GraphException(404, "itemNotFound", "File Not Found.");
    }
}
