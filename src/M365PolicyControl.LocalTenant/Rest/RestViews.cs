using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>
/// A list's views: GET all, add (<c>views/add</c> with SP.ViewCreationInformation, or POST
/// <c>views</c> with an SP.View body), one view by <c>GetByTitle('…')</c> or <c>views(guid'…')</c>
/// (GET, MERGE, DELETE), and its <c>ViewFields</c> (GET, <c>AddViewField('…')</c>, <c>RemoveAllViewFields</c>).
/// </summary>
internal sealed class RestViews(TenantModel model)
{
    public TenantResponse Handle(TenantRequest request, string method, SiteRecord site, ListRecord list, List<RestSegment> segments)
    {
        var first = segments[0];
        var next = segments.ElementAtOrDefault(1);
        if (first.Is("DefaultView"))
        {
            return One(request, method, site, list, list.Views.First(view => view.DefaultView), segments.Skip(1).ToList());
        }

        if (first.Positional.Count > 0)
        {
            return One(request, method, site, list, Find(list, first.Positional[0]), segments.Skip(1).ToList());
        }

        if (next is not null && (next.Is("GetByTitle") || next.Is("GetById")))
        {
            return One(request, method, site, list, Find(list, next.Positional.FirstOrDefault() ?? string.Empty), segments.Skip(2).ToList());
        }

        if (method == "POST" && (next?.Is("add") == true || next is null))
        {
            return Add(request, site, list, RestJson.Body(request, unwrapParameters: next is not null));
        }

        var withFields = RestSelect.Expansions(request.Query.Option("expand")).Contains("ViewFields");
        return RestJson.Collection(request, list.Views.Select(view => Write(view, site, list, withFields)));
    }

    private TenantResponse One(TenantRequest request, string method, SiteRecord site, ListRecord list, ViewRecord view, List<RestSegment> rest)
    {
        if (rest.FirstOrDefault()?.Is("ViewFields") == true)
        {
            return ViewFields(request, method, list, view, rest.Skip(1).FirstOrDefault());
        }

        switch (method)
        {
            case "GET":
                var withFields = RestSelect.Expansions(request.Query.Option("expand")).Contains("ViewFields");
                return RestJson.Entity(request, Write(view, site, list, withFields), "SP.View", request.BaseUrl + request.RawPath);
            case "MERGE":
                var body = RestJson.Body(request);
                view.Title = (string?)body["Title"] ?? view.Title;
                view.ViewQuery = (string?)body["ViewQuery"] ?? view.ViewQuery;
                view.RowLimit = body["RowLimit"]?.GetValue<int>() ?? view.RowLimit;
                view.Paged = body["Paged"]?.GetValue<bool>() ?? view.Paged;
                SetDefault(list, view, body["DefaultView"]?.GetValue<bool>());
                Save(list);
                return TenantResponse.Empty(204);
            case "DELETE":
                list.Views.Remove(view);
                Save(list);
                return TenantResponse.Empty(204);
            default:
                throw new GraphException(405, "methodNotAllowed", $"{method} is not supported on a view.");
        }
    }

    private TenantResponse ViewFields(TenantRequest request, string method, ListRecord list, ViewRecord view, RestSegment? action)
    {
        if (action is null)
        {
            return RestJson.Entity(request, Fields(view), "SP.ViewFieldCollection", request.BaseUrl + request.RawPath);
        }

        if (action.Is("AddViewField") && method == "POST")
        {
            var name = action.Arg("strField") ?? string.Empty;
            RequireField(list, name);
            view.ViewFields.Add(name);
        }
        else if (action.Is("RemoveAllViewFields") && method == "POST")
        {
            view.ViewFields.Clear();
        }
        else
        {
            throw GraphException.NotFound($"The REST endpoint 'ViewFields/{action.Name}'");
        }

        Save(list);
        return RestJson.Null(request);
    }

    private TenantResponse Add(TenantRequest request, SiteRecord site, ListRecord list, JsonObject body)
    {
        var title = (string?)body["Title"] ?? throw GraphException.BadRequest("A view needs a Title.");
        if (list.Views.Any(view => view.Title.Equals(title, StringComparison.OrdinalIgnoreCase)))
        {
            throw GraphException.Conflict($"A view named '{title}' already exists in this list.");
        }

        var fields = RestJson.Strings(body["ViewFields"]);
        fields.ForEach(name => RequireField(list, name));
        var view = new ViewRecord
        {
            Id = Guid.NewGuid(),
            Title = title,
            ViewQuery = (string?)body["ViewQuery"] ?? (string?)body["Query"] ?? string.Empty,
            ViewFields = fields,
            RowLimit = body["RowLimit"]?.GetValue<int>() ?? 30,
            Paged = body["Paged"]?.GetValue<bool>() ?? true,
            PersonalView = body["PersonalView"]?.GetValue<bool>() ?? false,
        };
        list.Views.Add(view);
        SetDefault(list, view, body["SetAsDefaultView"]?.GetValue<bool>() ?? body["DefaultView"]?.GetValue<bool>());
        Save(list);
        return RestJson.Entity(request, Write(view, site, list), "SP.View", request.BaseUrl + request.RawPath);
    }

    /// <summary>SP.View; with <paramref name="withFields"/> (<c>$expand=ViewFields</c>) its field collection inline.</summary>
    public static JsonObject Write(ViewRecord view, SiteRecord site, ListRecord list, bool withFields = false)
    {
        var json = Entity(view, site, list);
        if (withFields)
        {
            json["ViewFields"] = Fields(view);
        }

        return json;
    }

    private static JsonObject Fields(ViewRecord view) => new()
    {
        ["Items"] = new JsonArray(view.ViewFields.Select(name => (JsonNode?)name).ToArray()),
        ["SchemaXml"] = "<FieldRefs>" + string.Concat(view.ViewFields.Select(name => $"<FieldRef Name=\"{name}\" />")) + "</FieldRefs>",
    };

    private static JsonObject Entity(ViewRecord view, SiteRecord site, ListRecord list) => new()
    {
        ["Id"] = view.Id.ToString(),
        ["Title"] = view.Title,
        ["ViewQuery"] = view.ViewQuery,
        ["RowLimit"] = view.RowLimit,
        ["Paged"] = view.Paged,
        ["DefaultView"] = view.DefaultView,
        ["PersonalView"] = view.PersonalView,
        ["ServerRelativeUrl"] = $"{list.ServerRelativeUrl(site)}/{(list.IsLibrary ? "Forms/" : string.Empty)}{view.Title.Replace(" ", string.Empty)}.aspx",
    };

    private static ViewRecord Find(ListRecord list, string key) =>
        list.Views.FirstOrDefault(view => view.Title.Equals(key, StringComparison.OrdinalIgnoreCase) || (Guid.TryParse(key, out var id) && id == view.Id))
        ?? throw new GraphException(404, "itemNotFound", $"The view '{key}' does not exist.");

    private static void RequireField(ListRecord list, string name)
    {
        var known = list.FindColumn(name) is not null || name is "LinkTitle" or "LinkTitleNoMenu" or "LinkFilename" or "LinkFilenameNoMenu" or "DocIcon" or "ID" or "Edit";
        if (!known)
        {
            throw GraphException.BadRequest($"The field '{name}' does not exist in list '{list.DisplayName}'.");
        }
    }

    private static void SetDefault(ListRecord list, ViewRecord view, bool? makeDefault)
    {
        if (makeDefault == true)
        {
            list.Views.ForEach(other => other.DefaultView = other == view);
        }
    }

    private void Save(ListRecord list)
    {
        list.Modified = model.Now;
        model.State.Save(list);
    }
}
