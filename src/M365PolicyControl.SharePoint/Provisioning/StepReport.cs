using System.Diagnostics;
using M365PolicyControl.SharePoint.Connection;
using M365PolicyControl.SharePoint.Provisioning.Applying;
using M365PolicyControl.SharePoint.Provisioning.Planning;
using M365PolicyControl.SharePoint.Provisioning.Template;

namespace M365PolicyControl.SharePoint.Provisioning;

/// <summary>
/// Merges the steps of successive passes: a change planned by any pass is what this run did (a later pass that finds
/// it in place reports it unchanged), and the last pass decides what remains refused.
/// </summary>
internal sealed class StepReport
{
    private readonly Dictionary<(string Kind, string Target), PlanStep> _steps = [];
    private readonly List<(string Kind, string Target)> _order = [];

    public void Merge(IEnumerable<PlanStep> steps)
    {
        foreach (var step in steps)
        {
            var key = (step.Kind, step.Target);
            if (!_steps.TryGetValue(key, out var earlier))
            {
                _order.Add(key);
                _steps[key] = step;
            }
            else if (step.IsChange || !earlier.IsChange)
            {
                _steps[key] = step;
            }
        }
    }

    public ProvisioningResult ToResult(ProvisioningEngine engine, ProvisioningTemplate template, ProvisioningOptions options, int passes,
        IReadOnlyList<FailedStep> failures, IReadOnlyList<SettingRefusal> refusals, RequestStatsSnapshot before, Stopwatch clock)
    {
        var steps = _order.Select(k => _steps[k]).ToArray();
        var cost = engine.Cost(before);
        return new ProvisioningResult
        {
            Site = engine.SiteUrl,
            Template = $"{template.TemplateId} {template.Version}",
            WhatIf = options.WhatIf,
            Created = steps.Where(s => s.Action == PlanAction.Create).ToArray(),
            Updated = steps.Where(s => s.Action is PlanAction.Update or PlanAction.Recreate or PlanAction.Delete).ToArray(),
            Unchanged = steps.Where(s => s.Action == PlanAction.Unchanged).ToArray(),
            Refused = steps.Where(s => s.Action == PlanAction.Refused).ToArray(),
            RefusedSettings = refusals,
            Failed = failures,
            Requests = cost.RoundTrips,
            Reads = cost.Reads,
            Writes = cost.Writes,
            Passes = passes,
            ElapsedMilliseconds = clock.Elapsed.TotalMilliseconds,
        };
    }
}
