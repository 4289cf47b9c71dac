namespace M365PolicyControl.SharePoint.Connection;

/// <summary>
/// How the adapter authenticates. A real tenant uses an Entra app (certificate, or a client secret that
/// works for Graph only: app-only SharePoint REST rejects secret-based tokens); the local tenant accepts a
/// static development bearer token.
/// </summary>
public abstract record TenantCredentials
{
    /// <summary>A fixed bearer token sent to both Graph and SharePoint REST (the local tenant's dev token).</summary>
    public sealed record StaticToken(string Token) : TenantCredentials;

    /// <summary>App-only client credentials with a secret. SharePoint REST calls will get 401 from SharePoint Online.</summary>
    public sealed record ClientSecret(string TenantId, string ClientId, string Secret) : TenantCredentials;

    /// <summary>App-only client credentials with an X.509 certificate (PFX/PEM file), valid for Graph and SharePoint REST.</summary>
    public sealed record Certificate(string TenantId, string ClientId, string CertificatePath, string? CertificatePassword = null)
        : TenantCredentials;
}
