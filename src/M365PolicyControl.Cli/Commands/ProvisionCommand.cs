using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using M365PolicyControl.Cli.Tenant;
using M365PolicyControl.SharePoint.Provisioning;
using M365PolicyControl.SharePoint.Provisioning.Template;
using Microsoft.Extensions.Logging;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl provision</c>: ensure the controlled library, registers, settings and views from a template.</summary>
internal static class ProvisionCommand
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var site = new Option<string?>("--site") { Description = "Site URL (https://contoso.sharepoint.com/sites/compliance); for the local tenant a path is enough." };
        var template = new Option<FileInfo?>("--template") { Description = "Template file; default: the built-in hipaa-policy-library.json." };
        var whatIf = new Option<bool>("--what-if") { Description = "Print the plan; write nothing." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON (created, updated, unchanged, refused, requests, writes)." };
        var destructive = new Option<bool>("--allow-destructive") { Description = "Accept changes that lose data (column type changes, removing columns that hold values)." };
        var data = new Option<DirectoryInfo?>("--data") { Description = "Local tenant data folder (default ./.policycontrol) when no tenant is configured." };
        var config = new Option<FileInfo?>("--config") { Description = $"Tenant configuration file (default ./{TenantSettings.DefaultFileName} if present)." };
        var command = new Command("provision", "Ensure the policy library, registers, settings and views from a template; applies only differences.")
        {
            site, template, whatIf, json, destructive, data, config,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var request = new ProvisionRequest(parse.GetValue(site), parse.GetValue(template)?.FullName, parse.GetValue(whatIf), parse.GetValue(json),
                parse.GetValue(destructive), parse.GetValue(data)?.FullName, parse.GetValue(config)?.FullName);
            return await RunAsync(request, Console.Out, Console.Error, cancellationToken);
        });
        return command;
    }

    internal sealed record ProvisionRequest(
        string? Site, string? TemplateFile, bool WhatIf, bool Json, bool AllowDestructive, string? DataDirectory, string? ConfigFile);

    internal static async Task<int> RunAsync(ProvisionRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ProvisioningTemplate template;
        TenantSettings settings;
        try
        {
            template = request.TemplateFile is null ? TemplateLoader.LoadBuiltIn() : TemplateLoader.LoadFile(request.TemplateFile);
            settings = TenantSettings.Load(request.ConfigFile);
        }
        catch (Exception ex) when (ex is TemplateInvalidException or IOException or InvalidDataException)
        {
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.Error;
        }

        try
        {
            using var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true)
                .AddFilter(l => l >= LogLevel.Warning).SetMinimumLevel(LogLevel.Warning));
            await using var tenant = await TenantContext.OpenAsync(settings, request.Site, request.DataDirectory, logging, cancellationToken);
            var result = await new ProvisioningEngine(tenant.Connection, logging.CreateLogger<ProvisioningEngine>()).RunAsync(
                template, new ProvisioningOptions { WhatIf = request.WhatIf, AllowDestructive = request.AllowDestructive }, cancellationToken);
            await (request.Json ? output.WriteLineAsync(JsonSerializer.Serialize(result, Json)) : ProvisionReport.WriteAsync(output, tenant.Description, result));
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.CheckFailed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await error.WriteLineAsync($"provision: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Error;
        }
    }
}
