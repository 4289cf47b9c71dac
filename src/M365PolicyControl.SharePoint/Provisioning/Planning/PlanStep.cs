namespace M365PolicyControl.SharePoint.Provisioning.Planning;

/// <summary>What provisioning does (or refuses to do) to one thing.</summary>
public enum PlanAction { Create, Update, Recreate, Delete, Unchanged, Refused }

/// <summary>
/// One line of the plan. <paramref name="Kind"/>: list, column, setting, view, item or items (rows summarised);
/// <paramref name="Target"/> names it (<c>Security Policies/PolicyId</c>); <paramref name="Via"/> says which API
/// does the work (graph $batch, sharepoint-rest) so that fallbacks are visible.
/// </summary>
public sealed record PlanStep(string Kind, string Target, PlanAction Action, string Detail, string Via)
{
    public bool IsChange => Action is PlanAction.Create or PlanAction.Update or PlanAction.Recreate or PlanAction.Delete;

    public override string ToString() =>
        $"{Action.ToString().ToLowerInvariant(),-9} {Kind,-7} {Target}{(Detail.Length > 0 ? "  (" + Detail + ")" : "")}{(Via.Length > 0 && IsChange ? "  [" + Via + "]" : "")}";
}

/// <summary>Via values.</summary>
internal static class Via
{
    public const string GraphBatch = "graph $batch";
    public const string GraphListPost = "graph, in the list's create request";
    public const string Rest = "sharepoint-rest";
    public const string None = "";
}
