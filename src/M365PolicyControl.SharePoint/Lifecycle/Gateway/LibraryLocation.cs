using M365PolicyControl.SharePoint.Connection;

namespace M365PolicyControl.SharePoint.Lifecycle.Gateway;

/// <summary>Where the controlled library lives: site, list and drive ids, and the URLs SharePoint REST needs.</summary>
internal sealed record LibraryLocation(
    string SiteId, Uri WebUrl, string LibraryListId, string DriveId, string LibraryServerRelativeUrl,
    string? RequirementsListId, string? ReviewsListId, string? ExceptionsListId = null, string? DecisionsListId = null)
{
    public string ServerRelativeUrlOf(string fileName) => LibraryServerRelativeUrl.TrimEnd('/') + "/" + fileName;

    public static async Task<LibraryLocation> FindAsync(TenantConnection connection, CancellationToken cancellationToken)
    {
        var siteUrl = connection.Options.SiteUrl;
        var site = await connection.Graph.Sites[$"{siteUrl.Host}:{siteUrl.AbsolutePath.TrimEnd('/')}"].GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"Site {siteUrl} was not found.");
        var lists = await connection.Graph.Sites[site.Id].Lists.GetAsync(
            rc => rc.QueryParameters.Select = ["id", "displayName", "webUrl"], cancellationToken);
        string? IdOf(string title) => lists?.Value?.FirstOrDefault(l => string.Equals(l.DisplayName, title, StringComparison.OrdinalIgnoreCase))?.Id;

        var libraryId = IdOf(PolicyColumns.Library)
            ?? throw new LifecycleException(LifecycleError.NotFound, $"The library '{PolicyColumns.Library}' does not exist on {siteUrl}; run policyctl provision first.");
        var drive = await connection.Graph.Sites[site.Id].Lists[libraryId].Drive.GetAsync(cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"The library '{PolicyColumns.Library}' has no drive.");
        var driveUrl = new Uri(drive.WebUrl ?? throw new InvalidOperationException("The library's drive has no webUrl."));
        return new LibraryLocation(
            site.Id!,
            new Uri(site.WebUrl ?? siteUrl.ToString()),
            libraryId,
            drive.Id!,
            Uri.UnescapeDataString(driveUrl.AbsolutePath),
            IdOf("Security Rule Requirements"),
            IdOf(PolicyColumns.ReviewsRegister),
            IdOf(PolicyColumns.ExceptionsRegister),
            IdOf(PolicyColumns.DecisionsRegister));
    }
}
