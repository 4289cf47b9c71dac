using System.Security.Cryptography;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>Identifier formats that look like SharePoint's own.</summary>
internal static class Ids
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>A drive id: <c>b!</c> + URL-safe base64 of the site collection, web and list ids.</summary>
    public static string DriveId(SiteRecord site, Guid listId)
    {
        var bytes = site.SiteCollectionId.ToByteArray().Concat(site.WebId.ToByteArray()).Concat(listId.ToByteArray()).ToArray();
        return "b!" + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>A drive item id in SharePoint's 34-character <c>01…</c> form.</summary>
    public static string DriveItemId()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        return "01" + new string(bytes.Select(value => Base32[value % 32]).ToArray());
    }

    /// <summary>An unguessable token for pre-authenticated upload and download URLs.</summary>
    public static string Token() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
