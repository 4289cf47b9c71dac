using System.Text.Json.Nodes;
using M365PolicyControl.SharePoint.Graph;
using M365PolicyControl.SharePoint.Provisioning.State;
using M365PolicyControl.SharePoint.Provisioning.Template;

namespace M365PolicyControl.SharePoint.Provisioning.Planning;

internal sealed partial class Planner
{
    private const string DestructiveHint = "would lose data; rerun with --allow-destructive to accept";

    private void PlanExistingColumns(ListTemplate list, ListState existing)
    {
        foreach (var column in list.Columns)
        {
            var target = $"{list.DisplayName}/{column.Name}";
            if (existing.FindColumn(column.Name, column.Id) is not { } current)
            {
                PlanColumnCreate(list, column, "missing", []);
                continue;
            }

            var lookupId = column.Type == ColumnTypes.Lookup ? state.Find(column.LookupList!)?.Id : null;
            var comparison = ColumnComparer.Compare(column, current, lookupId);
            if (comparison.IsUnchanged)
            {
                _plan.Steps.Add(new PlanStep("column", target, PlanAction.Unchanged, column.Type, Via.None));
            }
            else if (comparison.Patch is { } patch)
            {
                var step = new PlanStep("column", target, PlanAction.Update, string.Join("; ", comparison.Changes), Via.GraphBatch);
                _plan.Steps.Add(step);
                AddColumnWrite(list, new GraphOperation
                {
                    Id = NextId(), Step = step,
                    Build = (ctx, id) => new GraphRequest(id, HttpMethod.Patch, $"{ctx.ListUrl(list.Key)}/columns/{current.Id}", patch.DeepClone()),
                });
            }
            else
            {
                PlanDestructiveColumn(list, column, current, comparison.DestructiveReason!);
            }
        }
    }

    private void PlanDestructiveColumn(ListTemplate list, ColumnTemplate column, ColumnState current, string reason)
    {
        var target = $"{list.DisplayName}/{column.Name}";
        if (!allowDestructive)
        {
            _plan.Steps.Add(new PlanStep("column", target, PlanAction.Refused, $"{reason}: {DestructiveHint}", Via.None));
            return;
        }

        var delete = DeleteColumn(list, current, new PlanStep("column", target, PlanAction.Recreate, $"{reason}; existing values are lost", Via.GraphBatch));
        PlanColumnCreate(list, column, "", [delete], delete.Step);
    }

    private void PlanRetiredColumns(ListTemplate list, ListState existing)
    {
        foreach (var name in list.RetiredColumns ?? [])
        {
            if (existing.FindColumn(name) is not { } current)
            {
                continue;
            }

            var holding = existing.Items.Count(i => i.Fields[current.Name] is { } v && v.ToJsonString() is not ("\"\"" or "null" or "[]"));
            var target = $"{list.DisplayName}/{name}";
            if (holding > 0 && !allowDestructive)
            {
                _plan.Steps.Add(new PlanStep("column", target, PlanAction.Refused, $"retired but holds values in {holding} row(s): {DestructiveHint}", Via.None));
                continue;
            }

            var detail = holding > 0 ? $"retired; values in {holding} row(s) are lost" : "retired; holds no values";
            DeleteColumn(list, current, new PlanStep("column", target, PlanAction.Delete, detail, Via.GraphBatch));
        }
    }

    private GraphOperation DeleteColumn(ListTemplate list, ColumnState current, PlanStep step)
    {
        _plan.Steps.Add(step);
        var delete = new GraphOperation
        {
            Id = NextId(), Step = step,
            Build = (ctx, id) => new GraphRequest(id, HttpMethod.Delete, $"{ctx.ListUrl(list.Key)}/columns/{current.Id}"),
        };
        AddColumnWrite(list, delete);
        return delete;
    }

    private void PlanColumnCreate(ListTemplate list, ColumnTemplate column, string why, IReadOnlyList<GraphOperation> after, PlanStep? reportedAs = null)
    {
        var prerequisites = after.Concat(ListCreatesFor(list.Key, column.LookupList)).ToArray();
        if (ColumnDefinitions.NeedsRest(column))
        {
            var step = reportedAs ?? new PlanStep("column", $"{list.DisplayName}/{column.Name}", PlanAction.Create,
                Join(why, $"{column.Type}: Graph cannot create this type, so SharePoint REST CreateFieldAsXml"), Via.Rest);
            AddStepOnce(step);
            _plan.RestOperations.Add(new RestOperation
            {
                Step = step, Phase = 0, Prerequisites = prerequisites,
                Run = (ctx, rest, ct) => rest.CreateFieldAsXmlAsync(ctx.Site.WebUrl, Guid.Parse(ctx.ListId(list.Key)), ColumnDefinitions.ToFieldXml(column), ct),
            });
            return;
        }

        var created = reportedAs ?? new PlanStep("column", $"{list.DisplayName}/{column.Name}", PlanAction.Create, Join(why, column.Type), Via.GraphBatch);
        AddStepOnce(created);
        AddColumnWrite(list, new GraphOperation
        {
            Id = NextId(), Step = created, Prerequisites = prerequisites,
            Build = (ctx, id) => new GraphRequest(id, HttpMethod.Post, $"{ctx.ListUrl(list.Key)}/columns", ColumnDefinitions.ToGraph(column, LookupId(column, ctx))),
        });
    }

    private IEnumerable<GraphOperation> ListCreatesFor(params string?[] keys) =>
        keys.Where(k => k is not null && _listCreates.ContainsKey(k)).Distinct().Select(k => _listCreates[k!]);

    private void AddColumnWrite(ListTemplate list, GraphOperation operation)
    {
        _plan.GraphOperations.Add(operation);
        (_columnWrites.TryGetValue(list.Key, out var writes) ? writes : _columnWrites[list.Key] = []).Add(operation);
    }

    private void AddStepOnce(PlanStep step)
    {
        if (!_plan.Steps.Contains(step))
        {
            _plan.Steps.Add(step);
        }
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : $"{a}; {b}";
}
