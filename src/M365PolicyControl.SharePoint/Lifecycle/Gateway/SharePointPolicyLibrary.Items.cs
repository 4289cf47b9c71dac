using System.Globalization;
using M365PolicyControl.SharePoint.Rest;
using Microsoft.Graph.Models;

namespace M365PolicyControl.SharePoint.Lifecycle.Gateway;

public sealed partial class SharePointPolicyLibrary
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<LibraryFile>> ListFilesAsync(IReadOnlyCollection<string> columns, CancellationToken cancellationToken = default)
    {
        var files = new List<LibraryFile>();
        await foreach (var item in PageItemsAsync(_location.LibraryListId, WireColumns(columns), null, cancellationToken))
        {
            files.Add(ToFile(item));
        }

        return files;
    }

    /// <inheritdoc />
    public async Task<LibraryFile?> FindByPolicyIdAsync(string policyId, CancellationToken cancellationToken = default)
    {
        var filter = $"fields/PolicyId eq '{policyId.Replace("'", "''", StringComparison.Ordinal)}'";
        await foreach (var item in PageItemsAsync(_location.LibraryListId, WireColumns(PolicyColumns.All), filter, cancellationToken))
        {
            return ToFile(item);
        }

        return null;
    }

    /// <inheritdoc />
    public async Task<LibraryFile> GetAsync(string itemId, CancellationToken cancellationToken = default)
    {
        var item = await Graph.Sites[_location.SiteId].Lists[_location.LibraryListId].Items[itemId].GetAsync(
            rc => rc.QueryParameters.Expand = [$"fields($select={string.Join(",", WireColumns(PolicyColumns.All))})"], cancellationToken)
            ?? throw new LifecycleException(LifecycleError.NotFound, $"Library item {itemId} was not found.");
        return ToFile(item);
    }

    /// <inheritdoc />
    public Task<LibraryFile> UpdateFieldsAsync(LibraryFile file, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default) =>
        TranslateAsync(async () =>
        {
            // Outside a check-out every field write adds a version; inside one it does not, and an overwrite check-in keeps the label.
            var wrapInCheckOut = !_checkedOut.Contains(file.ItemId);
            if (wrapInCheckOut)
            {
                await CheckOutAsync(file, cancellationToken);
            }

            try
            {
                await Graph.Sites[_location.SiteId].Lists[_location.LibraryListId].Items[file.ItemId].Fields.PatchAsync(
                    new FieldValueSet { AdditionalData = _wire.ToWire(fields)! },
                    rc => rc.Headers.Add("If-Match", file.ETag),
                    cancellationToken);
            }
            catch when (wrapInCheckOut)
            {
                await DiscardCheckOutAsync(file, CancellationToken.None);
                throw;
            }

            if (wrapInCheckOut)
            {
                await CheckInAsync(file, CheckInKind.Overwrite, "Control metadata updated", cancellationToken);
            }

            if (fields.TryGetValue(PolicyColumns.PolicyId, out var policyId) && policyId is string id && int.TryParse(file.ItemId, out var itemId))
            {
                _lookups.AddPolicy(id, itemId);
            }

            return await GetAsync(file.ItemId, cancellationToken);
        }, file.FileName);

    /// <inheritdoc />
    public async Task AddRegisterItemAsync(string registerTitle, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default)
    {
        var listId = RegisterId(registerTitle);
        await Graph.Sites[_location.SiteId].Lists[listId].Items.PostAsync(
            new ListItem { Fields = new FieldValueSet { AdditionalData = _wire.ToWire(fields)! } }, cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ListRegisterItemsAsync(string registerTitle, CancellationToken cancellationToken = default)
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        var page = await Graph.Sites[_location.SiteId].Lists[RegisterId(registerTitle)].Items.GetAsync(rc =>
        {
            rc.QueryParameters.Expand = ["fields"];
            rc.QueryParameters.Top = PageSize;
        }, cancellationToken);
        while (page is not null)
        {
            rows.AddRange((page.Value ?? []).Select(i => (IReadOnlyDictionary<string, object?>)_wire.FromWire(i.Fields?.AdditionalData)));
            page = page.OdataNextLink is { } next
                ? await Graph.Sites[_location.SiteId].Lists[RegisterId(registerTitle)].Items.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                : null;
        }

        return rows;
    }

    private string RegisterId(string registerTitle) => registerTitle switch
    {
        PolicyColumns.ReviewsRegister when _location.ReviewsListId is { } id => id,
        _ => throw new LifecycleException(LifecycleError.NotFound, $"The register '{registerTitle}' does not exist; run policyctl provision first."),
    };

    private static IEnumerable<string> WireColumns(IEnumerable<string> columns) =>
        columns.Select(c => c is PolicyColumns.PolicyOwner or PolicyColumns.BackupOwner or PolicyColumns.ApprovedBy ? c + "LookupId" : c)
            .Concat(SystemFields)
            .Distinct(StringComparer.Ordinal);

    private LibraryFile ToFile(ListItem item)
    {
        var fields = _wire.FromWire(item.Fields?.AdditionalData);
        var file = new LibraryFile
        {
            ItemId = item.Id!,
            DriveItemId = string.Empty,
            FileName = fields.Text("FileLeafRef") ?? item.Name ?? item.Id!,
            ETag = item.ETag ?? "*",
            VersionLabel = fields.Text("_UIVersionString") ?? "0.1",
            Moderation = fields.Number("_ModerationStatus") is { } status ? (ModerationStatus)(int)status : ModerationStatus.Approved,
            Created = item.CreatedDateTime ?? (DateTimeOffset.TryParse(fields.Text("Created"), CultureInfo.InvariantCulture, out var created) ? created : DateTimeOffset.UtcNow),
            WebUrl = item.WebUrl,
            Fields = fields,
        };
        if (file.Fields.Text(PolicyColumns.PolicyId) is { } policyId && int.TryParse(file.ItemId, out var itemId))
        {
            _lookups.AddPolicy(policyId, itemId);
        }

        return file;
    }
}
