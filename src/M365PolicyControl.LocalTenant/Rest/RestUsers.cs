using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Directory;
using M365PolicyControl.LocalTenant.Http;

namespace M365PolicyControl.LocalTenant.Rest;

/// <summary>
/// Site users: <c>web/ensureuser</c> (POST <c>{"logonName":…}</c>), <c>web/siteusers</c>,
/// <c>web/siteusers/getbyemail('…')</c>, <c>web/getuserbyid(n)</c>. The <c>Id</c> is what person
/// columns take as <c>{Name}LookupId</c>.
/// </summary>
internal static class RestUsers
{
    public static TenantResponse Handle(TenantRequest request, string method, List<RestSegment> segments)
    {
        var first = segments[0];
        if (first.Is("ensureuser") && method == "POST")
        {
            var logonName = (string?)RestJson.Body(request)["logonName"] ?? first.Arg("logonName") ?? string.Empty;
            return Entity(request, Find(logonName));
        }

        if (first.Is("getuserbyid"))
        {
            return Entity(request, Find(first.Arg("id") ?? string.Empty));
        }

        if (first.Is("siteusers"))
        {
            var second = segments.ElementAtOrDefault(1);
            return second is null
                ? RestJson.Collection(request, SeededDirectory.Users.Select(Write))
                : Entity(request, Find(second.Arg("emailAddress") ?? second.Arg("loginName") ?? second.Arg("id") ?? string.Empty));
        }

        throw GraphException.NotFound($"The REST endpoint 'web/{first.Name}'");
    }

    private static DirectoryUser Find(string key) =>
        SeededDirectory.Find(key) ?? throw new GraphException(404, "itemNotFound", $"The specified user {key} could not be found.");

    private static TenantResponse Entity(TenantRequest request, DirectoryUser user) =>
        RestJson.Entity(request, Write(user), "SP.User", request.BaseUrl + request.RawPath);

    private static JsonObject Write(DirectoryUser user) => new()
    {
        ["Id"] = user.SiteUserId,
        ["LoginName"] = user.LoginName,
        ["Title"] = user.DisplayName,
        ["Email"] = user.UserPrincipalName,
        ["UserPrincipalName"] = user.UserPrincipalName,
        ["IsSiteAdmin"] = user.SiteUserId == SeededDirectory.Admin.SiteUserId,
        ["PrincipalType"] = 1,
    };
}
