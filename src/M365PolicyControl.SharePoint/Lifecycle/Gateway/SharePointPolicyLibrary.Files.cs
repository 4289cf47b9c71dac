using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Rest;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;

namespace M365PolicyControl.SharePoint.Lifecycle.Gateway;

public sealed partial class SharePointPolicyLibrary
{

    /// <inheritdoc />
    public Task<LibraryFile> UploadAsync(string fileName, Stream content, string? ifMatchETag, CancellationToken cancellationToken = default) =>
        TranslateAsync(async () =>
        {
            var driveItem = content.CanSeek && content.Length - content.Position > SimpleUploadLimit
                ? await UploadInSessionAsync(fileName, content, cancellationToken)
                : await Graph.Drives[_location.DriveId].Items["root"].ItemWithPath(fileName).Content.PutAsync(content, rc =>
                {
                    if (ifMatchETag is not null)
                    {
                        rc.Headers.Add("If-Match", ifMatchETag);
                    }
                }, cancellationToken);
            var listItem = await Graph.Drives[_location.DriveId].Items[driveItem!.Id].ListItem.GetAsync(cancellationToken: cancellationToken)
                ?? throw new InvalidOperationException($"{fileName} was uploaded but has no list item.");
            return (await GetAsync(listItem.Id!, cancellationToken)) with { DriveItemId = driveItem.Id! };
        }, fileName);

    /// <summary>
    /// Uploads through an upload session. A fragment answered with an error may still have been stored, so after a failure
    /// the task asks the session for the next expected range and resumes from there instead of resending blindly.
    /// </summary>
    private async Task<DriveItem> UploadInSessionAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        var body = new CreateUploadSessionPostRequestBody
        {
            Item = new DriveItemUploadableProperties { AdditionalData = new Dictionary<string, object> { ["@microsoft.graph.conflictBehavior"] = "replace" } },
        };
        var session = await Graph.Drives[_location.DriveId].Items["root"].ItemWithPath(fileName).CreateUploadSession.PostAsync(body, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"No upload session was created for {fileName}.");
        var start = content.Position;
        return await ResumableUpload.RunAsync(
            Graph, session, content, fileName, () => CommittedUploadAsync(fileName, content, start, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The item an upload session committed before its last answer was lost, accepted only when the library holds exactly
    /// the bytes that were sent.
    /// </summary>
    private async Task<DriveItem> CommittedUploadAsync(string fileName, Stream content, long start, CancellationToken cancellationToken)
    {
        var target = Graph.Drives[_location.DriveId].Items["root"].ItemWithPath(fileName);
        var item = await target.GetAsync(rc => rc.QueryParameters.Select = ["id", "size"], cancellationToken);
        if (item?.Id is not null && item.Size == content.Length - start)
        {
            await using var stored = await target.Content.GetAsync(cancellationToken: cancellationToken);
            content.Position = start;
            if (stored is not null && await SameBytesAsync(stored, content, cancellationToken))
            {
                return item;
            }
        }

        throw new IOException($"The upload session for {fileName} ended without an answer and the library does not hold the bytes that were sent.");
    }

    private static async Task<bool> SameBytesAsync(Stream left, Stream right, CancellationToken cancellationToken)
    {
        using var leftCopy = new MemoryStream();
        using var rightCopy = new MemoryStream();
        await left.CopyToAsync(leftCopy, cancellationToken);
        await right.CopyToAsync(rightCopy, cancellationToken);
        return leftCopy.GetBuffer().AsSpan(0, (int)leftCopy.Length).SequenceEqual(rightCopy.GetBuffer().AsSpan(0, (int)rightCopy.Length));
    }

    /// <inheritdoc />
    public async Task<Stream> DownloadAsync(LibraryFile file, string? versionLabel = null, CancellationToken cancellationToken = default)
    {
        var item = Graph.Drives[_location.DriveId].Items["root"].ItemWithPath(file.FileName);
        if (versionLabel is null)
        {
            return await item.Content.GetAsync(cancellationToken: cancellationToken)
                ?? throw new InvalidDataException($"{file.FileName} has no content.");
        }

        var driveItem = await item.GetAsync(rc => rc.QueryParameters.Select = ["id"], cancellationToken);
        return await Graph.Drives[_location.DriveId].Items[driveItem!.Id].Versions[versionLabel].Content.GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidDataException($"{file.FileName} version {versionLabel} has no content.");
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LibraryFileVersion>> ListVersionsAsync(LibraryFile file, CancellationToken cancellationToken = default)
    {
        var page = await Graph.Sites[_location.SiteId].Lists[_location.LibraryListId].Items[file.ItemId].Versions.GetAsync(
            rc => rc.QueryParameters.Expand = ["fields"], cancellationToken);
        return (page?.Value ?? []).Select(v => new LibraryFileVersion(
            v.Id ?? "?",
            v.LastModifiedBy?.User?.DisplayName,
            v.LastModifiedDateTime ?? DateTimeOffset.MinValue,
            0,
            _wire.FromWire(v.Fields?.AdditionalData))).ToArray();
    }

    /// <inheritdoc />
    public async Task DeleteAsync(LibraryFile file, CancellationToken cancellationToken = default) =>
        await Graph.Drives[_location.DriveId].Items["root"].ItemWithPath(file.FileName).DeleteAsync(cancellationToken: cancellationToken);

    /// <inheritdoc />
    public async Task CheckOutAsync(LibraryFile file, CancellationToken cancellationToken = default)
    {
        await Rest.CheckOutAsync(_location.WebUrl, _location.ServerRelativeUrlOf(file.FileName), cancellationToken);
        _checkedOut.Add(file.ItemId);
    }

    /// <inheritdoc />
    public async Task DiscardCheckOutAsync(LibraryFile file, CancellationToken cancellationToken = default)
    {
        if (_checkedOut.Remove(file.ItemId))
        {
            await Rest.UndoCheckOutAsync(_location.WebUrl, _location.ServerRelativeUrlOf(file.FileName), cancellationToken);
        }
    }

    /// <inheritdoc />
    public async Task CheckInAsync(LibraryFile file, CheckInKind kind, string comment, CancellationToken cancellationToken = default)
    {
        await Rest.CheckInAsync(_location.WebUrl, _location.ServerRelativeUrlOf(file.FileName), comment, kind, cancellationToken);
        _checkedOut.Remove(file.ItemId);
    }

    /// <inheritdoc />
    public Task PublishAsync(LibraryFile file, string comment, CancellationToken cancellationToken = default) =>
        Rest.PublishAsync(_location.WebUrl, _location.ServerRelativeUrlOf(file.FileName), comment, cancellationToken);

    /// <inheritdoc />
    public Task ApproveAsync(LibraryFile file, string comment, CancellationToken cancellationToken = default) =>
        Rest.ApproveAsync(_location.WebUrl, _location.ServerRelativeUrlOf(file.FileName), comment, cancellationToken);

    /// <inheritdoc />
    public Task DenyAsync(LibraryFile file, string comment, CancellationToken cancellationToken = default) =>
        Rest.DenyAsync(_location.WebUrl, _location.ServerRelativeUrlOf(file.FileName), comment, cancellationToken);
}
