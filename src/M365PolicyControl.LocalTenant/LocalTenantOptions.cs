using M365PolicyControl.LocalTenant.Faults;

namespace M365PolicyControl.LocalTenant;

/// <summary>How to start a <see cref="LocalTenantServer"/>.</summary>
public sealed class LocalTenantOptions
{
    /// <summary>The bearer token the CLI issues for the local tenant; always accepted.</summary>
    public const string DevelopmentToken = "m365pc-local-dev-token";

    /// <summary>The default data folder, relative to the working directory.</summary>
    public const string DefaultDataDirectory = ".policycontrol";

    /// <summary>Folder holding <c>tenant.db</c>; created when missing. Data survives restarts.</summary>
    public string DataDirectory { get; init; } = DefaultDataDirectory;

    /// <summary>Loopback port; 0 picks a free one (read it back from <see cref="LocalTenantServer.BaseUri"/>).</summary>
    public int Port { get; init; }

    /// <summary>The fake tenant's SharePoint host name that sites are addressed by in Graph.</summary>
    public string Hostname { get; init; } = "contoso.sharepoint.com";

    /// <summary>Faults injected into every request except the <c>/_localtenant</c> diagnostics.</summary>
    public FaultPlan Faults { get; init; } = FaultPlan.None;

    /// <summary>Tokens accepted besides <see cref="DevelopmentToken"/>.</summary>
    public IReadOnlyCollection<string> AcceptedTokens { get; init; } = [];

    /// <summary>Server-relative paths of the sites created on first start (the root site always exists).</summary>
    public IReadOnlyList<string> SeedSites { get; init; } = ["/sites/compliance"];

    /// <summary>Where the server logs (start-up and unexpected errors); none when null.</summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>How many request log entries to keep (oldest dropped first).</summary>
    public int RequestLogCapacity { get; init; } = 10_000;
}
