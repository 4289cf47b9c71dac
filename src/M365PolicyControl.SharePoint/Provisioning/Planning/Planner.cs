using System.Text.Json.Nodes;
using M365PolicyControl.Core.Catalog;
using M365PolicyControl.SharePoint.Graph;
using M365PolicyControl.SharePoint.Provisioning.State;
using M365PolicyControl.SharePoint.Provisioning.Template;

namespace M365PolicyControl.SharePoint.Provisioning.Planning;

/// <summary>
/// Compares the template with the site and plans the writes: missing lists are created with their columns in one
/// POST each (ordered so lookup targets exist first); existing columns are matched by id or internal name (hidden
/// ones too) and patched in place; data-losing changes are refused unless allowed; settings, views and seeded rows
/// follow. Writes that depend on others carry them as prerequisites so the executor can batch them safely.
/// </summary>
internal sealed partial class Planner(ProvisioningTemplate template, SiteState state, SecurityRuleCatalog catalog, bool allowDestructive)
{
    private readonly ProvisioningPlan _plan = new();
    private readonly Dictionary<string, GraphOperation> _listCreates = [];
    private readonly Dictionary<string, List<GraphOperation>> _columnWrites = [];
    private int _nextId;

    public ProvisioningPlan Build()
    {
        PlanMissingLists();
        foreach (var list in template.Lists)
        {
            if (state.Find(list.Key) is { } existing)
            {
                _plan.Steps.Add(new PlanStep("list", list.DisplayName, PlanAction.Unchanged, "exists", Via.None));
                PlanExistingColumns(list, existing);
                PlanRetiredColumns(list, existing);
            }

            PlanSettings(list, state.Find(list.Key));
            PlanViews(list, state.Find(list.Key));
            PlanSeed(list, state.Find(list.Key));
        }

        return _plan;
    }

    private void PlanMissingLists()
    {
        var missing = template.Lists.Where(l => state.Find(l.Key) is null).ToList();
        while (missing.Count > 0)
        {
            var next = missing.FirstOrDefault(l => LookupTargets(l).All(IsAvailable));
            // A lookup cycle between new lists: create the first without its lookups to lists not there yet.
            next ??= missing[0];
            PlanListCreate(next);
            missing.Remove(next);
        }
    }

    private IEnumerable<string> LookupTargets(ListTemplate list) =>
        list.Columns.Where(c => c.Type == ColumnTypes.Lookup && c.LookupList != list.Key).Select(c => c.LookupList!);

    private bool IsAvailable(string key) => state.Find(key) is not null || _listCreates.ContainsKey(key);

    private void PlanListCreate(ListTemplate list)
    {
        var inline = list.Columns.Where(c => !ColumnDefinitions.NeedsRest(c)
            && (c.Type != ColumnTypes.Lookup || (c.LookupList != list.Key && IsAvailable(c.LookupList!)))).ToList();
        var step = new PlanStep("list", list.DisplayName, PlanAction.Create, $"{list.Template} with {inline.Count} columns in one request", Via.GraphBatch);
        _plan.Steps.Add(step);
        var create = new GraphOperation
        {
            Id = NextId(),
            Step = step,
            Prerequisites = inline.Where(c => c.Type == ColumnTypes.Lookup).Select(c => c.LookupList!)
                .Where(_listCreates.ContainsKey).Distinct().Select(k => _listCreates[k]).ToArray(),
            Build = (ctx, id) => new GraphRequest(id, HttpMethod.Post, $"/sites/{ctx.Site.Id}/lists", ListBody(list, inline, ctx)),
            OnSuccess = (ctx, body) => ctx.ListCreated(list.Key, (string)body!["id"]!),
        };
        _listCreates[list.Key] = create;
        _plan.GraphOperations.Add(create);
        foreach (var column in inline)
        {
            _plan.Steps.Add(new PlanStep("column", $"{list.DisplayName}/{column.Name}", PlanAction.Create, column.Type, Via.GraphListPost));
        }

        foreach (var column in list.Columns.Except(inline))
        {
            PlanColumnCreate(list, column, ColumnDefinitions.NeedsRest(column) ? "" : "lookup added once its target list exists", []);
        }
    }

    private static JsonObject ListBody(ListTemplate list, IReadOnlyList<ColumnTemplate> columns, ApplyContext ctx)
    {
        var body = new JsonObject
        {
            ["displayName"] = list.DisplayName,
            ["list"] = new JsonObject { ["template"] = list.Template },
            ["columns"] = new JsonArray(columns.Select(c => (JsonNode?)ColumnDefinitions.ToGraph(c, LookupId(c, ctx))).ToArray()),
        };
        if (list.Description is not null)
        {
            body["description"] = list.Description;
        }

        return body;
    }

    private static string? LookupId(ColumnTemplate column, ApplyContext ctx) =>
        column.Type == ColumnTypes.Lookup ? ctx.ListId(column.LookupList!) : null;

    private string NextId() => (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
