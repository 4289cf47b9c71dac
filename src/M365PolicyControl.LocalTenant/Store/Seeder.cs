namespace M365PolicyControl.LocalTenant.Store;

/// <summary>Creates the root site and the seed sites (each with its "Documents" library) on first start.</summary>
internal static class Seeder
{
    public static void EnsureSeeded(TenantModel model, IEnumerable<string> sitePaths)
    {
        EnsureSite(model, "/", "Contoso");
        foreach (var path in sitePaths)
        {
            var serverRelative = "/" + path.Trim('/');
            EnsureSite(model, serverRelative, Title(serverRelative));
        }
    }

    private static void EnsureSite(TenantModel model, string serverRelativeUrl, string title)
    {
        if (model.State.Sites.Values.Any(site => site.ServerRelativeUrl.Equals(serverRelativeUrl, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var now = model.Now;
        var site = new SiteRecord
        {
            Hostname = model.Hostname,
            SiteCollectionId = Guid.NewGuid(),
            WebId = Guid.NewGuid(),
            ServerRelativeUrl = serverRelativeUrl,
            DisplayName = title,
            Created = now,
            Modified = now,
        };
        model.State.Save(site);
        // The default library's URL is "Shared Documents" while its title is "Documents".
        new ListFactory(model).Create(site, "Documents", string.Empty, "documentLibrary", null, urlName: "Shared Documents");
    }

    private static string Title(string serverRelativeUrl)
    {
        var name = serverRelativeUrl.Split('/')[^1];
        return name.Length == 0 ? "Contoso" : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
