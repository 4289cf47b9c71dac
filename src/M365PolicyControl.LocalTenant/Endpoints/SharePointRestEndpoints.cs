using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Rest;
using M365PolicyControl.LocalTenant.Store;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>
/// SharePoint REST under each site's web URL (<c>{webUrl}/_api/…</c>): the web, list settings,
/// views and fields, file check-out/in, publish and approval, and site users. Updates are POST with
/// <c>X-HTTP-Method: MERGE</c> (or PATCH); DELETE works either way.
/// </summary>
internal sealed class SharePointRestEndpoints(TenantModel model, Versioning versioning)
{
    private readonly RestListEndpoints _lists = new(model);
    private readonly RestFileEndpoints _files = new(model, versioning);

    public static string ExceptionCode(int status) => status switch
    {
        404 => "-2130575338, Microsoft.SharePoint.SPException",
        423 => "-2147018887, Microsoft.SharePoint.SPFileCheckOutException",
        409 => "-2130575214, Microsoft.SharePoint.SPDuplicateValuesFoundException",
        401 or 403 => "-2147024891, System.UnauthorizedAccessException",
        _ => "-2146232832, Microsoft.SharePoint.SPException",
    };

    public static bool IsVerbose(TenantRequest request) => RestJson.IsVerbose(request);

    public TenantResponse Handle(TenantRequest request)
    {
        var path = Uri.UnescapeDataString(request.RawPath);
        var marker = path.IndexOf("/_api", StringComparison.OrdinalIgnoreCase);
        var site = model.SiteByPath(path[..marker].Length == 0 ? "/" : path[..marker]);
        var segments = RestPath.Parse(path[(marker + 5)..].Trim('/'), request.Query);
        var method = EffectiveMethod(request);
        return Route(request, method, site, segments);
    }

    private TenantResponse Route(TenantRequest request, string method, SiteRecord site, List<RestSegment> segments)
    {
        var first = segments.FirstOrDefault();
        if (first is null || first.Is("contextinfo"))
        {
            return ContextInfo(request, site);
        }

        if (!first.Is("web"))
        {
            throw GraphException.NotFound($"The REST endpoint '{first.Name}'");
        }

        var next = segments.ElementAtOrDefault(1);
        if (next is null)
        {
            return RestJson.Entity(request, Web(site, request), "SP.Web", request.BaseUrl + request.RawPath);
        }

        if (next.Is("lists"))
        {
            return _lists.Handle(request, method, site, segments.Skip(1).ToList());
        }

        if (RestFileEndpoints.Addresses(next))
        {
            return _files.Handle(request, method, site, segments.Skip(1).ToList());
        }

        return RestUsers.Handle(request, method, segments.Skip(1).ToList());
    }

    private static string EffectiveMethod(TenantRequest request)
    {
        var overridden = request.Method == "POST" ? request.Header("X-HTTP-Method") : null;
        var method = (overridden ?? request.Method).ToUpperInvariant();
        return method == "PATCH" ? "MERGE" : method;
    }

    private JsonObject Web(SiteRecord site, TenantRequest request) => new()
    {
        ["Id"] = site.WebId.ToString(),
        ["Title"] = site.DisplayName,
        ["Description"] = site.Description,
        ["ServerRelativeUrl"] = site.ServerRelativeUrl,
        ["Url"] = model.WebUrl(request.BaseUrl, site),
        ["Created"] = Shapes.Projection.Timestamp(site.Created),
    };

    // Not needed with a bearer token (reference §3.1) but answered so that clients that ask get a digest.
    private TenantResponse ContextInfo(TenantRequest request, SiteRecord site)
    {
        var info = new JsonObject
        {
            ["FormDigestTimeoutSeconds"] = 1800,
            ["FormDigestValue"] = $"0x{Guid.NewGuid():N},{DateTime.UtcNow:dd MMM yyyy HH:mm:ss} -0000",
            ["LibraryVersion"] = "16.0.0.0",
            ["SiteFullUrl"] = model.WebUrl(request.BaseUrl, site),
            ["WebFullUrl"] = model.WebUrl(request.BaseUrl, site),
        };
        return RestJson.Entity(request, info, "SP.ContextWebInformation", request.BaseUrl + request.RawPath);
    }
}
