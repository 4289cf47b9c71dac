namespace M365PolicyControl.LocalTenant.Directory;

/// <summary>
/// The local tenant's fixed directory. Ids are constants so that data written by one run still
/// refers to the same people after a restart.
/// </summary>
public static class SeededDirectory
{
    /// <summary>The tenant's default domain.</summary>
    public const string Domain = "contoso.onmicrosoft.com";

    /// <summary>Everyone, in user-info-list id order. Ids 1-5 are left to SharePoint's own system principals.</summary>
    public static IReadOnlyList<DirectoryUser> Users { get; } =
    [
        User("6f2f0b38-5b0e-4f6e-9c4e-0a1d6e1c0001", "admin", "Avery Admin", "SharePoint Administrator", 6),
        User("6f2f0b38-5b0e-4f6e-9c4e-0a1d6e1c0002", "olivia.owner", "Olivia Owner", "Security Officer (policy owner)", 7),
        User("6f2f0b38-5b0e-4f6e-9c4e-0a1d6e1c0003", "oscar.owner", "Oscar Owner", "Privacy Officer (policy owner)", 8),
        User("6f2f0b38-5b0e-4f6e-9c4e-0a1d6e1c0004", "alice.approver", "Alice Approver", "Chief Compliance Officer (approver)", 9),
        User("6f2f0b38-5b0e-4f6e-9c4e-0a1d6e1c0005", "arthur.approver", "Arthur Approver", "CISO (approver)", 10),
        User("6f2f0b38-5b0e-4f6e-9c4e-0a1d6e1c0006", "audrey.auditor", "Audrey Auditor", "Internal Auditor", 11),
        User("6f2f0b38-5b0e-4f6e-9c4e-0a1d6e1c0007", "sam.staff", "Sam Staff", "Nurse", 12),
        User("6f2f0b38-5b0e-4f6e-9c4e-0a1d6e1c0008", "sasha.staff", "Sasha Staff", "Billing Specialist", 13),
    ];

    /// <summary>The identity every request acts as (the local tenant has no per-user tokens).</summary>
    public static DirectoryUser Admin => Users[0];

    /// <summary>Finds a user by object id, UPN, e-mail, claims login name or site user id.</summary>
    public static DirectoryUser? Find(string key)
    {
        var trimmed = key.Trim();
        var upn = trimmed.Contains('|') ? trimmed[(trimmed.LastIndexOf('|') + 1)..] : trimmed;
        return Users.FirstOrDefault(user =>
            user.Id.ToString().Equals(trimmed, StringComparison.OrdinalIgnoreCase) ||
            user.UserPrincipalName.Equals(upn, StringComparison.OrdinalIgnoreCase) ||
            user.SiteUserId.ToString(System.Globalization.CultureInfo.InvariantCulture) == trimmed);
    }

    public static DirectoryUser? FindBySiteUserId(int id) => Users.FirstOrDefault(user => user.SiteUserId == id);

    private static DirectoryUser User(string id, string alias, string name, string title, int siteUserId) =>
        new(Guid.Parse(id), $"{alias}@{Domain}", name, title, siteUserId);
}
