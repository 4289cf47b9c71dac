using System.Diagnostics;
using M365PolicyControl.Core.Catalog;
using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Graph;
using M365PolicyControl.SharePoint.Provisioning.Applying;
using M365PolicyControl.SharePoint.Provisioning.Planning;
using M365PolicyControl.SharePoint.Provisioning.State;
using M365PolicyControl.SharePoint.Provisioning.Template;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace M365PolicyControl.SharePoint.Provisioning;

/// <summary>How to provision.</summary>
public sealed record ProvisioningOptions
{
    /// <summary>Compute and report the plan; write nothing.</summary>
    public bool WhatIf { get; init; }

    /// <summary>Accept changes that lose data (column type changes, removing retired columns that hold values).</summary>
    public bool AllowDestructive { get; init; }

    /// <summary>Read-plan-apply passes allowed when a pass ends in a transient failure (dropped connection, throttling
    /// beyond the retry budget, a lost eTag race). Each pass starts from a fresh read, so writes never duplicate.</summary>
    public int MaxPasses { get; init; } = 4;
}

/// <summary>
/// "Ensure" provisioning: reads the site, plans the difference from the template, applies only that, batched, then
/// reads the settings back. A run against an up-to-date site makes three reads and no writes.
/// </summary>
public sealed partial class ProvisioningEngine(TenantConnection connection, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>Provisions <paramref name="template"/> (already validated by <see cref="TemplateLoader"/>) on the connection's site.</summary>
    public async Task<ProvisioningResult> RunAsync(ProvisioningTemplate template, ProvisioningOptions options, CancellationToken cancellationToken = default)
    {
        var before = connection.Stats.Snapshot();
        var clock = Stopwatch.StartNew();
        var batches = new GraphBatchExecutor(connection.Graph, connection.Options.GraphBaseUrl, connection.Options.MaxRetries, connection.Options.RetryBaseDelay);
        var reader = new SiteStateReader(connection.Graph, batches, connection.Rest);
        var executor = new PlanExecutor(batches, connection.Rest, _logger);
        var catalog = SecurityRuleCatalog.Load(template.Catalog ?? SecurityRuleCatalog.DefaultId);
        var report = new StepReport();
        SiteRef? site = null;
        for (var pass = 1; ; pass++)
        {
            try
            {
                site ??= await reader.GetSiteAsync(connection.Options.SiteUrl, cancellationToken);
                var state = await reader.ReadAsync(site, template, cancellationToken);
                var plan = new Planner(template, state, catalog, options.AllowDestructive).Build();
                report.Merge(plan.Steps);
                if (options.WhatIf || !plan.HasWrites)
                {
                    return report.ToResult(this, template, options, pass, [], [], before, clock);
                }

                var ctx = new ApplyContext(site, state.Lists.ToDictionary(l => l.Key, l => l.Value.Id));
                var failures = await executor.RunAsync(plan, ctx, cancellationToken);
                var refusals = await ReadBackSettingsAsync(plan, ctx, template, cancellationToken);
                if (failures.Any(f => f.Transient) && pass < options.MaxPasses)
                {
                    LogRepass(_logger, pass, failures.Count, failures[0].Error);
                    continue;
                }

                return report.ToResult(this, template, options, pass, failures, refusals, before, clock);
            }
            catch (Exception ex) when (IsTransient(ex) && pass < options.MaxPasses && !cancellationToken.IsCancellationRequested)
            {
                LogRepassAfterException(_logger, ex, pass);
            }
        }
    }

    internal RequestStatsSnapshot Cost(RequestStatsSnapshot before) => connection.Stats.Snapshot() - before;

    internal string SiteUrl => connection.Options.SiteUrl.ToString();

    private async Task<IReadOnlyList<SettingRefusal>> ReadBackSettingsAsync(ProvisioningPlan plan, ApplyContext ctx, ProvisioningTemplate template,
        CancellationToken cancellationToken)
    {
        if (plan.SettingsWritten.Count == 0)
        {
            return ctx.Refusals;
        }

        var lists = await connection.Rest.GetListsAsync(ctx.Site.WebUrl, cancellationToken);
        var refusals = new List<SettingRefusal>(ctx.Refusals);
        foreach (var (key, written) in plan.SettingsWritten)
        {
            var name = template.FindList(key)!.DisplayName;
            if (lists.FirstOrDefault(l => l.Id.ToString() == TryListId(ctx, key)) is { } actual)
            {
                refusals.AddRange(SettingsWriter.Ignored(name, written, actual.Settings, ctx.Refusals));
            }
        }

        return refusals;
    }

    private static string? TryListId(ApplyContext ctx, string key)
    {
        try
        {
            return Guid.Parse(ctx.ListId(key)).ToString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool IsTransient(Exception ex) => ex switch
    {
        HttpRequestException or IOException or TaskCanceledException => true,
        GraphPartException part => part.IsTransient,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsTransient) || aggregate.Message.Contains("retries", StringComparison.Ordinal),
        Microsoft.Kiota.Abstractions.ApiException api => api.ResponseStatusCode is 429 or >= 500,
        Rest.SharePointRestException rest => (int)rest.Status is 429 or >= 500,
        _ => ex.InnerException is { } inner && IsTransient(inner),
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Provisioning pass {Pass} stopped by a transient error; reading the site again")]
    private static partial void LogRepassAfterException(ILogger logger, Exception exception, int pass);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Provisioning pass {Pass} ended with {Failures} transient failure(s) ({FirstError}); reading the site again")]
    private static partial void LogRepass(ILogger logger, int pass, int failures, string firstError);
}
