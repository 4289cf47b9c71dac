using System.Net;
using System.Text.Json.Nodes;
using M365PolicyControl.SharePoint.Graph;
using M365PolicyControl.SharePoint.Provisioning.Template;
using M365PolicyControl.SharePoint.Rest;
using Microsoft.Graph;

namespace M365PolicyControl.SharePoint.Provisioning.State;

/// <summary>
/// Reads what provisioning compares against in three round trips: the site (Graph), every template list with its
/// columns plus the rows of seeded lists (one Graph <c>$batch</c>), and every list's settings and views (one REST call).
/// </summary>
public sealed class SiteStateReader(GraphServiceClient graph, GraphBatchExecutor batches, SharePointRestClient rest)
{
    internal const string ColumnSelect = "id,name,displayName,description,hidden,required,indexed,enforceUniqueValues,readOnly,"
        + "text,choice,number,dateTime,boolean,personOrGroup,lookup,hyperlinkOrPicture,calculated,currency,defaultValue";

    /// <summary>Finds the site by host and server-relative path; throws <see cref="InvalidOperationException"/> when absent.</summary>
    public async Task<SiteRef> GetSiteAsync(Uri siteUrl, CancellationToken cancellationToken = default)
    {
        var site = await graph.Sites[$"{siteUrl.Host}:{siteUrl.AbsolutePath.TrimEnd('/')}"].GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"Site {siteUrl} was not found.");
        return new SiteRef(site.Id!, new Uri(site.WebUrl!), site.DisplayName ?? site.Name ?? siteUrl.AbsolutePath);
    }

    /// <summary>Reads the template's lists as they are now.</summary>
    public async Task<SiteState> ReadAsync(SiteRef site, ProvisioningTemplate template, CancellationToken cancellationToken = default)
    {
        var requests = template.Lists.SelectMany(l => RequestsFor(site, l)).ToArray();
        var answers = requests.Length == 0 ? new Dictionary<string, GraphPartResponse>() : await batches.SendAsync(requests, cancellationToken);
        var restLists = await rest.GetListsAsync(site.WebUrl, cancellationToken);
        var lists = new Dictionary<string, ListState>();
        foreach (var list in template.Lists)
        {
            var found = Expect(answers, "list-" + list.Key, allowNotFound: true);
            if (found is null)
            {
                continue;
            }

            var items = await ItemsAsync(answers, list, cancellationToken);
            var id = (string)found["id"]!;
            var restList = restLists.FirstOrDefault(r => r.Id == Guid.Parse(id));
            if (restList is { ViewsExpanded: false } && list.Views is { Count: > 0 })
            {
                // The server ignored $expand=Views: read this list's views on their own (more round trips, same answer).
                restList = restList with { Views = await rest.GetViewsAsync(site.WebUrl, restList.Id, cancellationToken), ViewsExpanded = true };
            }

            lists[list.Key] = new ListState(id, (string?)found["displayName"] ?? list.DisplayName, (string?)found["list"]?["template"] ?? "",
                Columns(found), items, restList);
        }

        return new SiteState(site, lists);
    }

    private static IEnumerable<GraphRequest> RequestsFor(SiteRef site, ListTemplate list)
    {
        var listUrl = $"/sites/{site.Id}/lists/{Uri.EscapeDataString(list.DisplayName)}";
        yield return new GraphRequest("list-" + list.Key, HttpMethod.Get, $"{listUrl}?$select=id,name,displayName,list&$expand=columns($select={ColumnSelect})");
        if (ItemFields(list) is { Count: > 0 } fields)
        {
            yield return new GraphRequest("items-" + list.Key, HttpMethod.Get,
                $"{listUrl}/items?$expand=fields($select={string.Join(",", fields)})&$select=id,eTag&$top=500");
        }
    }

    /// <summary>The fields read per row: seeded fields, and retired columns (to learn whether they hold values).</summary>
    internal static IReadOnlyList<string> ItemFields(ListTemplate list) =>
        (list.Seed?.Fields.Keys ?? []).Concat(list.RetiredColumns ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private async Task<IReadOnlyList<ItemState>> ItemsAsync(IReadOnlyDictionary<string, GraphPartResponse> answers, ListTemplate list, CancellationToken cancellationToken)
    {
        if (!answers.ContainsKey("items-" + list.Key))
        {
            return [];
        }

        var items = new List<ItemState>();
        var page = Expect(answers, "items-" + list.Key, allowNotFound: false);
        while (page is not null)
        {
            items.AddRange(page["value"]!.AsArray().Select(i => new ItemState((string)i!["id"]!, (string?)i["eTag"], i["fields"] as JsonObject ?? [])));
            page = (string?)page["@odata.nextLink"] is { } next ? await GraphRaw.GetAsync(graph, next, cancellationToken) : null;
        }

        return items;
    }

    private static IReadOnlyList<ColumnState> Columns(JsonNode list) =>
        list["columns"]?.AsArray().Select(c => new ColumnState((string)c!["id"]!, (string)c["name"]!, c.AsObject())).ToArray() ?? [];

    private static JsonNode? Expect(IReadOnlyDictionary<string, GraphPartResponse> answers, string id, bool allowNotFound)
    {
        var answer = answers[id];
        if (answer.Status == HttpStatusCode.NotFound && allowNotFound)
        {
            return null;
        }

        return answer.IsSuccess ? answer.Body : throw new GraphPartException(answer, "reading the site state");
    }
}
