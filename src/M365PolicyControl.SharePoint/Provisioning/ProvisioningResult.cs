using M365PolicyControl.SharePoint.Provisioning.Applying;
using M365PolicyControl.SharePoint.Provisioning.Planning;

namespace M365PolicyControl.SharePoint.Provisioning;

/// <summary>What provisioning found and did. Serialise it for <c>--json</c>.</summary>
public sealed record ProvisioningResult
{
    public required string Site { get; init; }

    public required string Template { get; init; }

    public required bool WhatIf { get; init; }

    /// <summary>Things created (what-if: would be created).</summary>
    public required IReadOnlyList<PlanStep> Created { get; init; }

    /// <summary>Things updated in place, recreated or deleted (drift repaired, retired columns removed).</summary>
    public required IReadOnlyList<PlanStep> Updated { get; init; }

    public required IReadOnlyList<PlanStep> Unchanged { get; init; }

    /// <summary>Changes refused because they would lose data.</summary>
    public required IReadOnlyList<PlanStep> Refused { get; init; }

    /// <summary>Settings SharePoint refused or ignored, found by reading them back.</summary>
    public required IReadOnlyList<SettingRefusal> RefusedSettings { get; init; }

    public required IReadOnlyList<FailedStep> Failed { get; init; }

    /// <summary>HTTP round trips, retries included.</summary>
    public required int Requests { get; init; }

    public required int Reads { get; init; }

    public required int Writes { get; init; }

    /// <summary>Read-plan-apply passes; more than one after a transient failure.</summary>
    public required int Passes { get; init; }

    public required double ElapsedMilliseconds { get; init; }

    /// <summary>True when the site already matched the template: nothing was (or would be) written.</summary>
    public bool UpToDate => Created.Count == 0 && Updated.Count == 0 && (WhatIf || Writes == 0);

    /// <summary>True when everything wanted was done: nothing refused, failed, or ignored by SharePoint.</summary>
    public bool Succeeded => Refused.Count == 0 && Failed.Count == 0 && RefusedSettings.Count == 0;

    public string Summary => (WhatIf, UpToDate) switch
    {
        (_, true) => $"Site is up to date: {Writes} writes, {Reads} reads.",
        (true, false) => $"What-if: {Created.Count} to create, {Updated.Count} to update, {Refused.Count} refused; nothing written.",
        _ => $"Applied: {Created.Count} created, {Updated.Count} updated, {Unchanged.Count} unchanged, {Refused.Count} refused, "
            + $"{Failed.Count} failed; {Requests} requests ({Reads} reads, {Writes} writes) in {ElapsedMilliseconds:0} ms.",
    };
}
