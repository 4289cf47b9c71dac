using System.Text.Json.Nodes;
using M365PolicyControl.LocalTenant.Directory;
using M365PolicyControl.LocalTenant.Http;
using M365PolicyControl.LocalTenant.Shapes;

namespace M365PolicyControl.LocalTenant.Endpoints;

/// <summary>The seeded directory: <c>/users</c>, <c>/users/{id|upn}</c>, <c>/me</c>.</summary>
internal static class UsersEndpoints
{
    public static void Map(Router router)
    {
        router.Map("GET", "users", (request, _) => Responses.Collection(SeededDirectory.Users.Select(user => (JsonNode)Write(user, request))));
        router.Map("GET", "users/{user}", (request, route) =>
            Responses.Ok(Write(SeededDirectory.Find(route["user"]) ?? throw new GraphException(404, "Request_ResourceNotFound", $"Resource '{route["user"]}' does not exist or one of its queried reference-property objects are not present."), request)));
        router.Map("GET", "me", (request, _) => Responses.Ok(Write(SeededDirectory.Find(request.ActingUserUpn) ?? SeededDirectory.Admin, request)));
    }

    public static JsonObject Write(DirectoryUser user, TenantRequest request)
    {
        var names = user.DisplayName.Split(' ');
        var json = new JsonObject
        {
            ["id"] = user.Id.ToString(),
            ["displayName"] = user.DisplayName,
            ["givenName"] = names[0],
            ["surname"] = names[^1],
            ["jobTitle"] = user.JobTitle,
            ["mail"] = user.UserPrincipalName,
            ["userPrincipalName"] = user.UserPrincipalName,
            ["businessPhones"] = new JsonArray(),
        };
        return Projection.Select(json, ODataOptions.ParseSelect(request.Query.Option("select")), "id");
    }
}
