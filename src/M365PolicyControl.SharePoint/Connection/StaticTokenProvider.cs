using Microsoft.Kiota.Abstractions.Authentication;

namespace M365PolicyControl.SharePoint.Connection;

/// <summary>Hands Kiota a fixed bearer token for the allowed hosts (the local tenant's development token).</summary>
internal sealed class StaticTokenProvider(string token, IEnumerable<string> allowedHosts) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new(allowedHosts);

    public Task<string> GetAuthorizationTokenAsync(
        Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? token : string.Empty);
}
