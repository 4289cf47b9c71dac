using System.Runtime.CompilerServices;
using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Rest;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace M365PolicyControl.SharePoint.Site;

/// <summary><see cref="ISharePointSite"/> on <see cref="GraphServiceClient"/> and <see cref="SharePointRestClient"/>.</summary>
public sealed partial class SharePointSite(TenantConnection connection) : ISharePointSite
{
    private const string PreferNonIndexed = "HonorNonIndexedQueriesWarningMayFailRandomly";
    private SiteInfo? _site;

    private GraphServiceClient Graph => connection.Graph;

    public async Task<SiteInfo> GetSiteAsync(CancellationToken cancellationToken = default)
    {
        if (_site is null)
        {
            var url = connection.Options.SiteUrl;
            var site = await Graph.Sites[$"{url.Host}:{url.AbsolutePath.TrimEnd('/')}"].GetAsync(cancellationToken: cancellationToken)
                ?? throw new InvalidOperationException($"Site {url} was not found.");
            _site = new SiteInfo(site.Id!, new Uri(site.WebUrl!), site.DisplayName ?? site.Name ?? url.AbsolutePath);
        }

        return _site;
    }

    public async Task<ListInfo?> FindListAsync(string displayName, CancellationToken cancellationToken = default)
    {
        var site = await GetSiteAsync(cancellationToken);
        var lists = await Graph.Sites[site.Id].Lists.GetAsync(
            r => r.QueryParameters.Filter = $"displayName eq '{displayName.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken);
        return lists?.Value?.FirstOrDefault() is { } list
            ? new ListInfo(list.Id!, list.DisplayName ?? displayName, list.ListProp?.Template ?? "", list.WebUrl is null ? null : new Uri(list.WebUrl))
            : null;
    }

    public async Task<ListItemData> CreateItemAsync(string listId, IReadOnlyDictionary<string, object?> fields, CancellationToken cancellationToken = default)
    {
        var site = await GetSiteAsync(cancellationToken);
        var item = await Graph.Sites[site.Id].Lists[listId].Items.PostAsync(
            new ListItem { Fields = new FieldValueSet { AdditionalData = fields.ToDictionary(f => f.Key, f => f.Value!) } }, cancellationToken: cancellationToken);
        return ToData(item!);
    }

    public async Task<ListItemData?> GetItemAsync(string listId, string itemId, CancellationToken cancellationToken = default)
    {
        var site = await GetSiteAsync(cancellationToken);
        try
        {
            var item = await Graph.Sites[site.Id].Lists[listId].Items[itemId].GetAsync(r => r.QueryParameters.Expand = ["fields"], cancellationToken);
            return item is null ? null : ToData(item);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }

    public async Task<ListItemData> UpdateFieldsAsync(string listId, string itemId, IReadOnlyDictionary<string, object?> fields, string? eTag,
        CancellationToken cancellationToken = default)
    {
        var site = await GetSiteAsync(cancellationToken);
        var body = new FieldValueSet { AdditionalData = fields.ToDictionary(f => f.Key, f => f.Value!) };
        try
        {
            var updated = await Graph.Sites[site.Id].Lists[listId].Items[itemId].Fields.PatchAsync(body, r => IfMatch(r.Headers, eTag), cancellationToken);
            var values = Copy(updated?.AdditionalData);
            return new ListItemData(itemId, values.GetValueOrDefault("@odata.etag") as string, values);
        }
        catch (ODataError error) when (error.ResponseStatusCode == 412)
        {
            throw new PreconditionFailedException($"Item {itemId} of list {listId}", error);
        }
    }

    public async Task DeleteItemAsync(string listId, string itemId, string? eTag, CancellationToken cancellationToken = default)
    {
        var site = await GetSiteAsync(cancellationToken);
        await Graph.Sites[site.Id].Lists[listId].Items[itemId].DeleteAsync(r => IfMatch(r.Headers, eTag), cancellationToken);
    }

    public async IAsyncEnumerable<ListItemData> QueryItemsAsync(string listId, ItemQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var site = await GetSiteAsync(cancellationToken);
        var items = Graph.Sites[site.Id].Lists[listId].Items;
        var expand = query.Select is { Count: > 0 } select ? $"fields($select={string.Join(",", select)})" : "fields";
        var page = await items.GetAsync(r =>
        {
            r.QueryParameters.Expand = [expand];
            r.QueryParameters.Filter = query.Filter;
            r.QueryParameters.Top = query.PageSize;
            r.Headers.Add("Prefer", PreferNonIndexed);
        }, cancellationToken);
        while (page is not null)
        {
            foreach (var item in page.Value ?? [])
            {
                yield return ToData(item);
            }

            page = page.OdataNextLink is { } next
                ? await items.WithUrl(next).GetAsync(r => r.Headers.Add("Prefer", PreferNonIndexed), cancellationToken)
                : null;
        }
    }

    private static ListItemData ToData(ListItem item) =>
        new(item.Id!, item.ETag, Copy(item.Fields?.AdditionalData));

    private static Dictionary<string, object?> Copy(IDictionary<string, object>? values) =>
        values?.ToDictionary(v => v.Key, v => (object?)v.Value) ?? [];

    private static void IfMatch(Microsoft.Kiota.Abstractions.RequestHeaders headers, string? eTag)
    {
        if (eTag is not null)
        {
            headers.Add("If-Match", eTag);
        }
    }
}
