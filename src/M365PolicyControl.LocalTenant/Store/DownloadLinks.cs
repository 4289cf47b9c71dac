using System.Security.Cryptography;
using System.Text;

namespace M365PolicyControl.LocalTenant.Store;

/// <summary>
/// Pre-authenticated download URLs (<c>@microsoft.graph.downloadUrl</c>, the 302 target of
/// <c>/content</c>). They need no Authorization header, like SharePoint's <c>tempauth</c> links,
/// and stay valid until the server restarts.
/// </summary>
internal sealed class DownloadLinks
{
    private readonly byte[] _secret = RandomNumberGenerator.GetBytes(32);

    public string Url(string baseUrl, DriveItemRecord file) =>
        $"{baseUrl}{Http.RequestKinds.DownloadPath}?UniqueId={file.UniqueId}&tempauth={Signature(file.UniqueId)}";

    public bool IsValid(string? uniqueId, string? signature) =>
        Guid.TryParse(uniqueId, out var id) && signature is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Signature(id)), Encoding.ASCII.GetBytes(signature));

    private string Signature(Guid uniqueId) =>
        Convert.ToHexString(HMACSHA256.HashData(_secret, uniqueId.ToByteArray())).ToLowerInvariant();
}
