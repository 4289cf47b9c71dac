using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Rest;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace M365PolicyControl.SharePoint.Site;

public sealed partial class SharePointSite
{
    /// <summary>Files up to this size go in one PUT; larger ones through an upload session.</summary>
    public const int SimpleUploadLimit = 4 * 1024 * 1024;

    public async Task<string> GetDriveIdAsync(string listId, CancellationToken cancellationToken = default)
    {
        var site = await GetSiteAsync(cancellationToken);
        var drive = await Graph.Sites[site.Id].Lists[listId].Drive.GetAsync(cancellationToken: cancellationToken);
        return drive?.Id ?? throw new InvalidOperationException($"List {listId} is not a document library.");
    }

    public async Task<DriveItemData> UploadFileAsync(string driveId, string path, Stream content, string? ifMatch = null, CancellationToken cancellationToken = default)
    {
        var target = Graph.Drives[driveId].Items["root"].ItemWithPath(path.TrimStart('/'));
        try
        {
            if (content.CanSeek && content.Length - content.Position <= SimpleUploadLimit)
            {
                var item = await target.Content.PutAsync(content, r => IfMatch(r.Headers, ifMatch), cancellationToken);
                return ToData(item!);
            }

            var session = await target.CreateUploadSession.PostAsync(new CreateUploadSessionPostRequestBody
            {
                Item = new DriveItemUploadableProperties { AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "replace" } },
            }, r => IfMatch(r.Headers, ifMatch), cancellationToken);
            return ToData(await ResumableUpload.RunAsync(Graph, session!, content, path, whenSessionGone: null, cancellationToken));
        }
        catch (ODataError error) when (error.ResponseStatusCode == 412)
        {
            throw new PreconditionFailedException($"File {path}", error);
        }
    }

    public async Task<DownloadedFile> DownloadFileAsync(string driveId, string itemId, CancellationToken cancellationToken = default)
    {
        var item = await Graph.Drives[driveId].Items[itemId].GetAsync(r => r.QueryParameters.Select = ["id", "eTag", "cTag"], cancellationToken);
        await using var stream = await Graph.Drives[driveId].Items[itemId].Content.GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidDataException($"Drive item {itemId} has no content.");
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return new DownloadedFile(buffer.ToArray(), item?.ETag);
    }

    public async Task<IReadOnlyList<FileVersionData>> GetVersionsAsync(string driveId, string itemId, CancellationToken cancellationToken = default)
    {
        var versions = await Graph.Drives[driveId].Items[itemId].Versions.GetAsync(cancellationToken: cancellationToken);
        return versions?.Value?.Select(v => new FileVersionData(v.Id!, v.LastModifiedDateTime, v.Size)).ToArray() ?? [];
    }

    public async Task<ListItemData> GetFileItemAsync(string driveId, string itemId, CancellationToken cancellationToken = default)
    {
        var item = await Graph.Drives[driveId].Items[itemId].ListItem.GetAsync(r => r.QueryParameters.Expand = ["fields"], cancellationToken);
        return ToData(item!);
    }

    public async Task CheckOutAsync(string serverRelativeUrl, CancellationToken cancellationToken = default) =>
        await connection.Rest.CheckOutAsync(await WebUrlAsync(cancellationToken), serverRelativeUrl, cancellationToken);

    public async Task CheckInAsync(string serverRelativeUrl, string comment, CheckInKind kind, CancellationToken cancellationToken = default) =>
        await connection.Rest.CheckInAsync(await WebUrlAsync(cancellationToken), serverRelativeUrl, comment, kind, cancellationToken);

    public async Task PublishAsync(string serverRelativeUrl, string comment, CancellationToken cancellationToken = default) =>
        await connection.Rest.PublishAsync(await WebUrlAsync(cancellationToken), serverRelativeUrl, comment, cancellationToken);

    public async Task UnPublishAsync(string serverRelativeUrl, string comment, CancellationToken cancellationToken = default) =>
        await connection.Rest.UnPublishAsync(await WebUrlAsync(cancellationToken), serverRelativeUrl, comment, cancellationToken);

    public async Task ApproveAsync(string serverRelativeUrl, string comment, CancellationToken cancellationToken = default) =>
        await connection.Rest.ApproveAsync(await WebUrlAsync(cancellationToken), serverRelativeUrl, comment, cancellationToken);

    public async Task DenyAsync(string serverRelativeUrl, string comment, CancellationToken cancellationToken = default) =>
        await connection.Rest.DenyAsync(await WebUrlAsync(cancellationToken), serverRelativeUrl, comment, cancellationToken);

    public async Task<RestFileState> GetFileStateAsync(string serverRelativeUrl, CancellationToken cancellationToken = default) =>
        await connection.Rest.GetFileStateAsync(await WebUrlAsync(cancellationToken), serverRelativeUrl, cancellationToken);

    private async Task<Uri> WebUrlAsync(CancellationToken cancellationToken) => (await GetSiteAsync(cancellationToken)).WebUrl;

    private static DriveItemData ToData(DriveItem item) =>
        new(item.Id!, item.Name ?? "", item.ETag, item.CTag, item.Size, item.WebUrl is null ? null : new Uri(item.WebUrl));
}
