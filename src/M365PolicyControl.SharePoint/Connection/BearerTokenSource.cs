using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace M365PolicyControl.SharePoint.Connection;

/// <summary>Bearer tokens for the two audiences the adapter calls: Graph and the SharePoint host.</summary>
public sealed class BearerTokenSource
{
    private readonly TokenCredential? _credential;
    private readonly string? _staticToken;

    private BearerTokenSource(TokenCredential? credential, string? staticToken)
    {
        _credential = credential;
        _staticToken = staticToken;
    }

    /// <summary>The Azure.Identity credential behind real-tenant tokens; null for a static token.</summary>
    public TokenCredential? Credential => _credential;

    /// <summary>Builds the token source for the configured credentials.</summary>
    public static BearerTokenSource From(TenantCredentials credentials) => credentials switch
    {
        TenantCredentials.StaticToken s => new BearerTokenSource(null, s.Token),
        TenantCredentials.ClientSecret c => new BearerTokenSource(new ClientSecretCredential(c.TenantId, c.ClientId, c.Secret), null),
        TenantCredentials.Certificate c => new BearerTokenSource(
            new ClientCertificateCredential(c.TenantId, c.ClientId, LoadCertificate(c)), null),
        _ => throw new ArgumentOutOfRangeException(nameof(credentials), credentials, "Unknown credential kind."),
    };

    /// <summary>A token for SharePoint REST on <paramref name="sharePointHost"/> (app-only scope <c>https://host/.default</c>).</summary>
    public async ValueTask<string> GetSharePointTokenAsync(string sharePointHost, CancellationToken cancellationToken = default)
    {
        if (_staticToken is not null)
        {
            return _staticToken;
        }

        var context = new TokenRequestContext([$"https://{sharePointHost}/.default"]);
        var token = await _credential!.GetTokenAsync(context, cancellationToken);
        return token.Token;
    }

    internal string? StaticToken => _staticToken;

    private static X509Certificate2 LoadCertificate(TenantCredentials.Certificate c) =>
        c.CertificatePath.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(c.CertificatePath)
            : X509CertificateLoader.LoadPkcs12FromFile(c.CertificatePath, c.CertificatePassword);
}
