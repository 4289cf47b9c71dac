using Microsoft.Extensions.Configuration;

namespace M365PolicyControl.Cli.Tenant;

/// <summary>
/// Tenant configuration from <c>policycontrol.json</c> (section <c>Tenant</c>) overlaid by environment variables with the
/// <c>M365PC_</c> prefix (<c>M365PC_Tenant__TenantId</c>, <c>M365PC_Tenant__ClientId</c>, <c>M365PC_Tenant__CertificatePath</c>,
/// <c>M365PC_Tenant__CertificatePassword</c>, <c>M365PC_Tenant__ClientSecret</c>, <c>M365PC_Tenant__SiteUrl</c>,
/// <c>M365PC_Tenant__GraphBaseUrl</c>, <c>M365PC_Tenant__AccessToken</c>). With neither a tenant id and client id nor an access
/// token configured, commands use the local tenant.
/// </summary>
public sealed record TenantSettings
{
    /// <summary>The configuration file looked for in the working directory.</summary>
    public const string DefaultFileName = "policycontrol.json";

    /// <summary>The site of the local tenant unless told otherwise.</summary>
    public const string DefaultLocalSitePath = "/sites/compliance";

    public string? TenantId { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    public string? SiteUrl { get; init; }

    public string? GraphBaseUrl { get; init; }

    /// <summary>
    /// A bearer token sent as is (no token acquisition): for a tenant reached through a gateway that issues its own tokens,
    /// or a local tenant running elsewhere (its development token). Used when no certificate or client secret is set.
    /// </summary>
    public string? AccessToken { get; init; }

    /// <summary>True when a tenant is configured: tenant id and client id present, or a static access token.</summary>
    public bool IsConfigured =>
        (!string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId)) || !string.IsNullOrWhiteSpace(AccessToken);

    /// <summary>Reads the file (if present) and the environment.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not valid JSON.</exception>
    public static TenantSettings Load(string? configFile = null)
    {
        var path = Path.GetFullPath(configFile ?? DefaultFileName);
        if (configFile is not null && !File.Exists(path))
        {
            throw new FileNotFoundException($"Configuration file {path} does not exist.", path);
        }

        IConfiguration configuration;
        try
        {
            configuration = new ConfigurationBuilder()
                .AddJsonFile(path, optional: true, reloadOnChange: false)
                .AddEnvironmentVariables("M365PC_")
                .Build();
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"Configuration file {path} is not valid JSON: {ex.Message}", ex);
        }

        var section = configuration.GetSection("Tenant");
        return new TenantSettings
        {
            TenantId = section["TenantId"],
            ClientId = section["ClientId"],
            ClientSecret = section["ClientSecret"],
            CertificatePath = section["CertificatePath"],
            CertificatePassword = section["CertificatePassword"],
            SiteUrl = section["SiteUrl"],
            GraphBaseUrl = section["GraphBaseUrl"],
            AccessToken = section["AccessToken"],
        };
    }
}
