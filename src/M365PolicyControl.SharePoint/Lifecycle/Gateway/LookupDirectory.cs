using M365PolicyControl.SharePoint.Rest;

namespace M365PolicyControl.SharePoint.Lifecycle.Gateway;

/// <summary>
/// The ids behind the library's person and lookup columns: site users by UPN, Requirements register rows by
/// citation, library items by policy id. Filled once per connection and kept current as the gateway writes.
/// </summary>
internal sealed class LookupDirectory
{
    private readonly Dictionary<string, int> _userIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, string> _userUpns = [];
    private readonly Dictionary<string, int> _requirementIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _policyItemIds = new(StringComparer.OrdinalIgnoreCase);

    public void AddUsers(IEnumerable<RestSiteUser> users)
    {
        foreach (var user in users.Where(u => u.Upn is not null))
        {
            _userIds[user.Upn!] = user.Id;
            _userUpns[user.Id] = user.Upn!;
        }
    }

    public void AddRequirement(string citation, int itemId) => _requirementIds[citation] = itemId;

    public void AddPolicy(string policyId, int itemId) => _policyItemIds[policyId] = itemId;

    public int UserId(string upn) => _userIds.TryGetValue(upn, out var id)
        ? id
        : throw new LifecycleException(LifecycleError.InvalidInput, $"'{upn}' is not a user of the site; person columns need a site user.");

    public string? UserUpn(int id) => _userUpns.GetValueOrDefault(id);

    public int? RequirementId(string citation) => _requirementIds.TryGetValue(citation, out var id) ? id : null;

    public int? PolicyItemId(string policyId) => _policyItemIds.TryGetValue(policyId, out var id) ? id : null;
}
