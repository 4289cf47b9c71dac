namespace M365PolicyControl.SharePoint.Rest;

/// <summary>A site user as SharePoint REST lists it; <see cref="Id"/> is what person columns store.</summary>
public sealed record RestSiteUser(int Id, string? Email, string? UserPrincipalName, string? LoginName)
{
    /// <summary>The UPN, else the claims login name's last segment, else the e-mail.</summary>
    public string? Upn => UserPrincipalName is { Length: > 0 } upn ? upn
        : LoginName is { } login && login.Contains('|', StringComparison.Ordinal) ? login[(login.LastIndexOf('|') + 1)..]
        : Email;
}

public sealed partial class SharePointRestClient
{
    /// <summary>The site's users (the user information list) in one request.</summary>
    public async Task<IReadOnlyList<RestSiteUser>> GetSiteUsersAsync(Uri webUrl, CancellationToken cancellationToken = default)
    {
        var json = await SendAsync(HttpMethod.Get, Api(webUrl, "web/siteusers?$select=Id,Email,UserPrincipalName,LoginName"), null, null, cancellationToken);
        return json?["value"]?.AsArray().Select(u => new RestSiteUser(
            (int?)u?["Id"] ?? 0, (string?)u?["Email"], (string?)u?["UserPrincipalName"], (string?)u?["LoginName"])).ToArray() ?? [];
    }
}
