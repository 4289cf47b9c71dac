namespace M365PolicyControl.LocalTenant.Auth;

/// <summary>Every request needs <c>Authorization: Bearer {token}</c> with an accepted token.</summary>
internal sealed class BearerTokenCheck(IEnumerable<string> acceptedTokens)
{
    private readonly HashSet<string> _accepted = new(acceptedTokens.Append(LocalTenantOptions.DevelopmentToken), StringComparer.Ordinal);

    /// <summary>Null when the header carries an accepted token; otherwise the reason for the 401.</summary>
    public string? Refusal(string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return "Access token is empty.";
        }

        const string scheme = "Bearer ";
        if (!authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return "Access token validation failure: the Authorization header must use the Bearer scheme.";
        }

        var token = authorizationHeader[scheme.Length..].Trim();
        return _accepted.Contains(token) ? null : "Access token validation failure. Invalid audience.";
    }
}
