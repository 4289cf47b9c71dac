namespace M365PolicyControl.LocalTenant.Directory;

/// <summary>
/// A seeded directory user. <see cref="Id"/> is the Entra object id Graph <c>/users</c> returns;
/// <see cref="SiteUserId"/> is the site user-info-list id person columns store as <c>…LookupId</c>.
/// </summary>
public sealed record DirectoryUser(Guid Id, string UserPrincipalName, string DisplayName, string JobTitle, int SiteUserId)
{
    /// <summary>The claims login name SharePoint uses (<c>i:0#.f|membership|upn</c>).</summary>
    public string LoginName => "i:0#.f|membership|" + UserPrincipalName;
}
