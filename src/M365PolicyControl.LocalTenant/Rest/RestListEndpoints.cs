using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>
/// <c>web/lists</c>, <c>web/lists(guid'…')</c>, <c>web/lists/GetByTitle('…')</c>: list properties
/// (GET with <c>$select</c>, MERGE), <c>RootFolder</c>, <c>fields</c> and <c>views</c>.
/// </summary>
internal sealed class RestListEndpoints(TenantModel model)
{
    private readonly RestViews _views = new(model);

    public TenantResponse Handle(TenantRequest request, string method, SiteRecord site, List<RestSegment> segments)
    {
        var (list, consumed) = Select(site, segments);
        if (list is null)
        {
            var lists = model.State.Lists.Values.Where(candidate => candidate.SiteId == site.Id).OrderBy(candidate => candidate.Created);
            return RestJson.Collection(request, lists.Select(candidate => Expand(request, Write(candidate, site), candidate, site)));
        }

        var rest = segments.Skip(consumed).ToList();
        var first = rest.FirstOrDefault();
        return first switch
        {
            null => ListItself(request, method, site, list),
            _ when first.Is("RootFolder") => RestJson.Entity(request, RootFolder(list, site), "SP.Folder", Uri(request)),
            _ when first.Is("fields") => RestFields.Handle(request, method, list, model, rest),
            _ when first.Is("views") || first.Is("DefaultView") => _views.Handle(request, method, site, list, rest),
            _ => throw GraphException.NotFound($"The REST endpoint '{first.Name}' of a list"),
        };
    }

    public static JsonObject Write(ListRecord list, SiteRecord site)
    {
        var settings = list.Settings;
        return new JsonObject
        {
            ["Id"] = list.Id.ToString(),
            ["Title"] = list.DisplayName,
            ["Description"] = list.Description,
            ["BaseTemplate"] = list.IsLibrary ? 101 : 100,
            ["BaseType"] = list.IsLibrary ? 1 : 0,
            ["Hidden"] = list.Hidden,
            ["ContentTypesEnabled"] = list.ContentTypesEnabled,
            ["Created"] = Shapes.Projection.Timestamp(list.Created),
            ["LastItemModifiedDate"] = Shapes.Projection.Timestamp(list.Modified),
            ["EntityTypeName"] = list.IsLibrary ? list.Name.Replace(" ", "_x0020_") : list.Name.Replace(" ", "_x0020_") + "List",
            ["ParentWebUrl"] = site.ServerRelativeUrl,
            ["EnableVersioning"] = settings.EnableVersioning,
            ["EnableMinorVersions"] = settings.EnableMinorVersions,
            ["MajorVersionLimit"] = settings.MajorVersionLimit,
            ["MajorWithMinorVersionsLimit"] = settings.MajorWithMinorVersionsLimit,
            ["EnableModeration"] = settings.EnableModeration,
            ["DraftVersionVisibility"] = settings.DraftVersionVisibility,
            ["ForceCheckout"] = settings.ForceCheckout,
        };
    }

    private static JsonObject Expand(TenantRequest request, JsonObject json, ListRecord list, SiteRecord site)
    {
        var expand = RestSelect.Expansions(request.Query.Option("expand"));
        if (expand.Contains("Views"))
        {
            var withFields = expand.Contains("Views/ViewFields");
            json["Views"] = new JsonArray(list.Views.Select(view => (JsonNode?)RestViews.Write(view, site, list, withFields)).ToArray());
        }

        if (expand.Contains("RootFolder"))
        {
            json["RootFolder"] = RootFolder(list, site);
        }

        return json;
    }

    private TenantResponse ListItself(TenantRequest request, string method, SiteRecord site, ListRecord list)
    {
        switch (method)
        {
            case "GET":
                return RestJson.Entity(request, Expand(request, Write(list, site), list, site), "SP.List", Uri(request));
            case "MERGE":
                ListSettingsRules.Apply(list, RestJson.Body(request));
                list.Modified = model.Now;
                list.Version++;
                model.State.Save(list);
                return TenantResponse.Empty(204);
            default:
                throw new GraphException(405, "methodNotAllowed", $"{method} is not supported on a list; use GET or POST with X-HTTP-Method: MERGE.");
        }
    }

    private (ListRecord? List, int Consumed) Select(SiteRecord site, List<RestSegment> segments)
    {
        var lists = segments[0];
        if (lists.Positional.Count > 0)
        {
            return (model.List(site, lists.Positional[0]), 1);
        }

        var selector = segments.ElementAtOrDefault(1);
        if (selector is null)
        {
            return (null, 1);
        }

        if (selector.Is("GetByTitle") || selector.Is("GetById"))
        {
            var key = selector.Arg("listTitle") ?? selector.Arg("id") ?? string.Empty;
            var list = model.FindList(site, key) ?? throw new GraphException(404, "itemNotFound", $"List '{key}' does not exist at site with URL '{site.ServerRelativeUrl}'.");
            return (list, 2);
        }

        throw GraphException.NotFound($"The REST endpoint 'lists/{selector.Name}'");
    }

    private static JsonObject RootFolder(ListRecord list, SiteRecord site) => new()
    {
        ["Name"] = list.Name,
        ["ServerRelativeUrl"] = list.ServerRelativeUrl(site),
        ["ItemCount"] = 0,
    };

    private static string Uri(TenantRequest request) => request.BaseUrl + request.RawPath;
}
