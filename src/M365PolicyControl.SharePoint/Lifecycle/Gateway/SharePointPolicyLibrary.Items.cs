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
    /// <remarks>
    /// Outside a check-out every field write adds a version, so the write is wrapped: compare the caller's eTag with the
    /// item's (a stale one is refused like a 412), check out, write with the eTag the check-out left (the server answers
    /// 412 if anything slipped in), and check in with overwrite so the label stays.
    /// </remarks>
    public Task<LibraryFile> UpdateFieldsAsync(LibraryFile file, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default) =>
        TranslateAsync(async () =>
        {
            if (_checkedOut.Contains(file.ItemId))
            {
                await PatchFieldsAsync(file.ItemId, file.ETag, fields, cancellationToken);
                return await GetAsync(file.ItemId, cancellationToken);
            }

            var current = await GetAsync(file.ItemId, cancellationToken);
            if (current.ETag != file.ETag)
            {
                throw new ETagMismatchException($"{file.FileName} changed since it was read (eTag {file.ETag}, now {current.ETag}).");
            }

            await CheckOutAsync(current, cancellationToken);
            try
            {
                var locked = await GetAsync(file.ItemId, cancellationToken);
                await PatchFieldsAsync(file.ItemId, locked.ETag, fields, cancellationToken);
                await CheckInAsync(locked, CheckInKind.Overwrite, "Control metadata updated", cancellationToken);
            }
            catch
            {
                await DiscardCheckOutAsync(current, CancellationToken.None);
                throw;
            }

            return await GetAsync(file.ItemId, cancellationToken);
        }, file.FileName);

    private async Task PatchFieldsAsync(string itemId, string eTag, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken)
    {
        await Graph.Sites[_location.SiteId].Lists[_location.LibraryListId].Items[itemId].Fields.PatchAsync(
            new FieldValueSet { AdditionalData = _wire.ToWire(fields)! },
            rc => rc.Headers.Add("If-Match", eTag),
            cancellationToken);
        if (fields.TryGetValue(PolicyColumns.PolicyId, out var policyId) && policyId is string id && int.TryParse(itemId, out var number))
        {
            _lookups.AddPolicy(id, number);
        }
    }

    /// <inheritdoc />
    public async Task AddRegisterItemAsync(string registerTitle, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default)
    {
        var listId = RegisterId(registerTitle);
        await Graph.Sites[_location.SiteId].Lists[listId].Items.PostAsync(
            new ListItem { Fields = new FieldValueSet { AdditionalData = _wire.ToWire(fields)! } }, cancellationToken: cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ListRegisterItemsAsync(string registerTitle, CancellationToken cancellationToken = default) =>
        ListRegisterItemsAsync(registerTitle, [], cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> ListRegisterItemsAsync(
        string registerTitle, IReadOnlyCollection<string> columns, CancellationToken cancellationToken = default)
    {
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        var page = await Graph.Sites[_location.SiteId].Lists[RegisterId(registerTitle)].Items.GetAsync(rc =>
        {
            rc.QueryParameters.Expand = [columns.Count == 0 ? "fields" : $"fields($select={string.Join(",", FieldWire.RegisterWireColumns(columns))})"];
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
        PolicyColumns.ExceptionsRegister when _location.ExceptionsListId is { } id => id,
        PolicyColumns.DecisionsRegister when _location.DecisionsListId is { } id => id,
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
