using M365PolicyControl.SharePoint.Provisioning;
using M365PolicyControl.SharePoint.Provisioning.Planning;

namespace M365PolicyControl.Cli.Commands;

/// <summary>The human-readable output of <c>policyctl provision</c>: changes line by line, unchanged things counted.</summary>
internal static class ProvisionReport
{
    public static async Task WriteAsync(TextWriter output, string tenant, ProvisioningResult result)
    {
        await output.WriteLineAsync($"{(result.WhatIf ? "Plan for" : "Provisioned")} {result.Template} on {tenant}");
        foreach (var step in result.Created.Concat(result.Updated).Concat(result.Refused))
        {
            await output.WriteLineAsync("  " + step);
        }

        foreach (var refusal in result.RefusedSettings)
        {
            await output.WriteLineAsync($"  setting  {refusal.List}/{refusal.Setting}: wanted {refusal.Wanted}, SharePoint has {refusal.Actual} ({refusal.Reason})");
        }

        foreach (var failure in result.Failed)
        {
            await output.WriteLineAsync($"  FAILED   {failure.Step.Kind} {failure.Step.Target}: {failure.Error}");
        }

        var unchanged = result.Unchanged.GroupBy(s => s.Kind).Select(g => $"{g.Count()} {g.Key}(s)").ToArray();
        await output.WriteLineAsync($"  unchanged: {(unchanged.Length == 0 ? "nothing" : string.Join(", ", unchanged))}");
        await output.WriteLineAsync(result.Summary);
    }
}
