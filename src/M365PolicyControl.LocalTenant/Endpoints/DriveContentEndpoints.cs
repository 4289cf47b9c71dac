using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>
/// File content: simple upload (PUT <c>…/content</c>, by path or id), download (302 to a
/// pre-authenticated URL, as Graph does), version content, and the download URL itself.
/// </summary>
internal sealed class DriveContentEndpoints(TenantModel model, Versioning versioning, DownloadLinks links)
{
    private readonly DriveLocator _locator = new(model);
    private readonly DriveFiles _files = new(model, versioning);

    public void Map(Router graph, Router preauthenticated)
    {
        DriveLocator.MapAll(graph, "PUT", "/items/{item}/content", PutContent);
        DriveLocator.MapAll(graph, "GET", "/items/{item}/content", GetContent);
        DriveLocator.MapAll(graph, "GET", "/items/{item}/versions/{version}/content", GetVersionContent);
        preauthenticated.Map("GET", "_layouts/15/download.aspx", Download);
    }

    private TenantResponse PutContent(TenantRequest request, RouteValues route)
    {
        if (request.Body.LongLength > DriveFiles.SimpleUploadLimit)
        {
            throw new GraphException(413, "requestTooLarge", "Simple upload is limited to 250 MB; use an upload session.");
        }

        var library = _locator.Library(route);
        var (baseItem, path) = _locator.Split(library, route["item"]);
        if (path.Length == 0)
        {
            _files.Replace(request, library, baseItem, request.Body);
            return Responses.Ok(DriveItemJson.Write(baseItem, model, links, request));
        }

        var behavior = request.Query["@microsoft.graph.conflictBehavior"] ?? "replace";
        var (item, created) = _files.Save(request, library, baseItem, path, request.Body, behavior);
        var json = DriveItemJson.Write(item, model, links, request);
        return created ? Responses.Created(json) : Responses.Ok(json);
    }

    private TenantResponse GetContent(TenantRequest request, RouteValues route)
    {
        var file = _locator.Item(_locator.Library(route), route["item"]);
        if (file.IsFolder)
        {
            throw GraphException.BadRequest("Folders have no content.");
        }

        if (Preconditions.IfNoneMatchHits(request, file.ETag, file.CTag))
        {
            return TenantResponse.Empty(304);
        }

        return TenantResponse.Redirect(links.Url(request.BaseUrl, file));
    }

    private TenantResponse GetVersionContent(TenantRequest request, RouteValues route)
    {
        var file = _locator.Item(_locator.Library(route), route["item"]);
        var listItem = model.ListItemOf(file) ?? throw GraphException.NotFound("The list item");
        var version = listItem.Versions.FirstOrDefault(entry => entry.Label == route["version"]) ?? throw GraphException.NotFound("The version");
        return TenantResponse.FromBytes(200, model.State.GetBlob(version.BlobId), MimeTypes.For(file.Name));
    }

    private TenantResponse Download(TenantRequest request, RouteValues route)
    {
        var uniqueId = request.Query["UniqueId"];
        if (!links.IsValid(uniqueId, request.Query["tempauth"]))
        {
            throw new GraphException(401, "unauthenticated", "The download link is not valid.");
        }

        var file = model.State.DriveItems.Values.FirstOrDefault(item => item.UniqueId == Guid.Parse(uniqueId!)) ?? throw GraphException.NotFound("The file");
        return TenantResponse.FromBytes(200, model.State.GetBlob(file.BlobId), MimeTypes.For(file.Name)).WithHeader("ETag", file.ETag);
    }
}
