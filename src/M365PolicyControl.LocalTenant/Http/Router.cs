namespace M365PolicyControl.LocalTenant.Http;

/// <summary>Route values captured from <c>{name}</c> placeholders.</summary>
internal sealed class RouteValues : Dictionary<string, string>
{
    public RouteValues()
        : base(StringComparer.OrdinalIgnoreCase)
    {
    }

    public string? Optional(string name) => TryGetValue(name, out var value) ? value : null;
}

/// <summary>
/// A small segment router. Kestrel's own routing would decode <c>%2F</c> inconsistently and could
/// not be re-entered by <c>$batch</c>; this one matches pre-parsed segments (see <see cref="PathSegments"/>).
/// </summary>
internal sealed class Router
{
    private readonly List<Route> _routes = [];

    public void Map(string method, string pattern, Func<TenantRequest, RouteValues, TenantResponse> handler) =>
        _routes.Add(new Route(method, pattern.Split('/', StringSplitOptions.RemoveEmptyEntries), handler));

    public TenantResponse Dispatch(TenantRequest request, IReadOnlyList<string> segments)
    {
        var pathMatched = false;
        foreach (var route in _routes)
        {
            if (!TryMatch(route.Pattern, segments, out var values))
            {
                continue;
            }

            pathMatched = true;
            if (string.Equals(route.Method, request.Method, StringComparison.OrdinalIgnoreCase))
            {
                return route.Handler(request, values);
            }
        }

        if (pathMatched)
        {
            throw new GraphException(405, "methodNotAllowed", $"The method {request.Method} is not allowed on this resource.");
        }

        var last = segments.Count == 0 ? string.Empty : segments[^1];
        throw GraphException.BadRequest($"Resource not found for the segment '{last}'.");
    }

    private static bool TryMatch(string[] pattern, IReadOnlyList<string> segments, out RouteValues values)
    {
        values = new RouteValues();
        if (pattern.Length != segments.Count)
        {
            return false;
        }

        for (var index = 0; index < pattern.Length; index++)
        {
            var part = pattern[index];
            if (part.StartsWith('{'))
            {
                values[part.Trim('{', '}')] = segments[index];
            }
            else if (!string.Equals(part, segments[index], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Route(string Method, string[] Pattern, Func<TenantRequest, RouteValues, TenantResponse> Handler);
}
