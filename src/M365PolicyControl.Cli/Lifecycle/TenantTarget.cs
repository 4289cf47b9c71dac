using System.CommandLine;
using M365PolicyControl.Cli.Tenant;
using M365PolicyControl.LocalTenant;

namespace M365PolicyControl.Cli.Lifecycle;

/// <summary>Which tenant a lifecycle verb works on, as the options gave it; resolved by <see cref="TenantContext"/>.</summary>
/// <param name="DataDirectory">Local tenant data folder; null for the default.</param>
/// <param name="ConfigFile">Tenant configuration file; null for ./policycontrol.json when present.</param>
/// <param name="Site">Site override; null for the configured one.</param>
internal sealed record TenantTarget(string? DataDirectory, string? ConfigFile, string? Site)
{
    /// <summary>The local working folder (also where converted Markdown files go), whichever tenant is used.</summary>
    public string DataFolder => DataDirectory ?? LocalTenantOptions.DefaultDataDirectory;
}

/// <summary>The --data, --config and --site options every lifecycle verb shares with <c>provision</c>.</summary>
internal sealed class TenantOptions
{
    public Option<string?> Data { get; } = new("--data") { Description = "Local tenant data folder (default ./.policycontrol) when no tenant is configured." };

    public Option<FileInfo?> Config { get; } = new("--config") { Description = $"Tenant configuration file (default ./{TenantSettings.DefaultFileName} if present)." };

    public Option<string?> Site { get; } = new("--site") { Description = "Site URL overriding the configured one; for the local tenant a path is enough." };

    /// <summary>Adds the three options to <paramref name="command"/> and returns it.</summary>
    public Command AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Config);
        command.Options.Add(Site);
        return command;
    }

    public TenantTarget Read(ParseResult parse) => new(parse.GetValue(Data), parse.GetValue(Config)?.FullName, parse.GetValue(Site));
}
