using M365PolicyControl.SharePoint.Rest;

namespace M365PolicyControl.SharePoint.Site;

/// <summary>
/// The adapter surface the document lifecycle builds on: one site, reached through Graph (lists, items, files,
/// versions) and SharePoint REST (check-in kinds, publish, approve, deny, moderation state). Every call is one or two
/// requests; writes that replace content take an eTag and fail with 412 when the item changed since it was read.
/// Implementations: <see cref="SharePointSite"/> (Graph + REST over HTTP, real tenant or local tenant alike).
/// </summary>
public interface ISharePointSite
{
    /// <summary>The Graph site id (<c>host,siteId,webId</c>) and web URL.</summary>
    Task<SiteInfo> GetSiteAsync(CancellationToken cancellationToken = default);

    /// <summary>A list or library by display name; null when absent. Lists are created by provisioning, not here.</summary>
    Task<ListInfo?> FindListAsync(string displayName, CancellationToken cancellationToken = default);

    /// <summary>Creates a list item (generic lists; documents come from <see cref="UploadFileAsync"/>).</summary>
    Task<ListItemData> CreateItemAsync(string listId, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default);

    Task<ListItemData?> GetItemAsync(string listId, string itemId, CancellationToken cancellationToken = default);

    /// <summary>Updates fields in ONE request (PATCH fields); with <paramref name="eTag"/>, only if the item is unchanged
    /// (a stale eTag raises <see cref="PreconditionFailedException"/>). Person and lookup fields are written as
    /// <c>{Name}LookupId</c>; multi-value ones need the <c>@odata.type</c> annotation, see <see cref="FieldValues"/>.</summary>
    Task<ListItemData> UpdateFieldsAsync(string listId, string itemId, IReadOnlyDictionary<string, object?> fields, string? eTag,
        CancellationToken cancellationToken = default);

    Task DeleteItemAsync(string listId, string itemId, string? eTag, CancellationToken cancellationToken = default);

    /// <summary>Items matching an OData <c>$filter</c> on fields (e.g. <c>fields/PolicyStatus eq 'Effective'</c>), paged
    /// through <c>@odata.nextLink</c>. Non-indexed filters are allowed (Prefer: HonorNonIndexedQueriesWarningMayFailRandomly).</summary>
    IAsyncEnumerable<ListItemData> QueryItemsAsync(string listId, ItemQuery query, CancellationToken cancellationToken = default);

    /// <summary>The library's drive id (<c>b!...</c>).</summary>
    Task<string> GetDriveIdAsync(string listId, CancellationToken cancellationToken = default);

    /// <summary>Uploads a file to <paramref name="path"/> (folder/name.docx) in the drive: one PUT up to 4 MiB, an upload
    /// session above that (resumed from nextExpectedRanges after a failure). <paramref name="ifMatch"/> protects a replace.</summary>
    Task<DriveItemData> UploadFileAsync(string driveId, string path, Stream content, string? ifMatch = null, CancellationToken cancellationToken = default);

    /// <summary>The file's bytes and the eTag they belong to.</summary>
    Task<DownloadedFile> DownloadFileAsync(string driveId, string itemId, CancellationToken cancellationToken = default);

    /// <summary>Versions, newest first (ids are labels such as 1.0, 1.1, 0.1).</summary>
    Task<IReadOnlyList<FileVersionData>> GetVersionsAsync(string driveId, string itemId, CancellationToken cancellationToken = default);

    /// <summary>The list item behind a file (its fields, moderation status included).</summary>
    Task<ListItemData> GetFileItemAsync(string driveId, string itemId, CancellationToken cancellationToken = default);

    Task CheckOutAsync(string serverRelativeUrl, CancellationToken cancellationToken = default);

    Task CheckInAsync(string serverRelativeUrl, string comment, CheckInKind kind, CancellationToken cancellationToken = default);

    /// <summary>Publishes a major version; with content approval on it becomes Pending.</summary>
    Task PublishAsync(string serverRelativeUrl, string comment, CancellationToken cancellationToken = default);

    Task UnPublishAsync(string serverRelativeUrl, string comment, CancellationToken cancellationToken = default);

    Task ApproveAsync(string serverRelativeUrl, string comment, CancellationToken cancellationToken = default);

    Task DenyAsync(string serverRelativeUrl, string comment, CancellationToken cancellationToken = default);

    /// <summary>Version label, checkout and moderation status (Approved, Denied, Pending, Draft) of a file.</summary>
    Task<RestFileState> GetFileStateAsync(string serverRelativeUrl, CancellationToken cancellationToken = default);
}
