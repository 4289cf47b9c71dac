using System.Text.Json.Nodes;
using M365PolicyControl.Core.Catalog;
using M365PolicyControl.SharePoint.Graph;
using M365PolicyControl.SharePoint.Provisioning.State;
using M365PolicyControl.SharePoint.Provisioning.Template;

namespace M365PolicyControl.SharePoint.Provisioning.Planning;

internal sealed partial class Planner
{
    private void PlanSeed(ListTemplate list, ListState? existing)
    {
        if (list.Seed is not { } seed)
        {
            return;
        }

        var rows = existing?.Items.Where(i => i.Text(seed.Key) is not null).GroupBy(i => i.Text(seed.Key)!).ToDictionary(g => g.Key, g => g.First())
            ?? [];
        var prerequisites = ListCreatesFor(list.Key).Concat(_columnWrites.GetValueOrDefault(list.Key) ?? []).ToArray();
        var missing = new List<IReadOnlyDictionary<string, string>>();
        var unchanged = 0;
        foreach (var requirement in catalog.Requirements)
        {
            var wanted = seed.Fields.ToDictionary(f => f.Key, f => CatalogValue(requirement, f.Value));
            if (!rows.TryGetValue(wanted[seed.Key], out var row))
            {
                missing.Add(wanted);
            }
            else if (Differences(wanted, row) is { Count: > 0 } differences)
            {
                PlanRowRepair(list, row, wanted, differences, prerequisites);
            }
            else
            {
                unchanged++;
            }
        }

        PlanRowCreates(list, missing, prerequisites);
        var extra = rows.Keys.Count(k => catalog.Find(k) is null);
        if (unchanged > 0 || extra > 0)
        {
            var detail = $"{unchanged} row(s) match catalog {catalog.Id}" + (extra > 0 ? $"; {extra} row(s) not in the catalog left in place" : "");
            _plan.Steps.Add(new PlanStep("items", list.DisplayName, PlanAction.Unchanged, detail, Via.None));
        }
    }

    private void PlanRowCreates(ListTemplate list, IReadOnlyList<IReadOnlyDictionary<string, string>> missing, IReadOnlyList<GraphOperation> prerequisites)
    {
        if (missing.Count == 0)
        {
            return;
        }

        var step = new PlanStep("items", list.DisplayName, PlanAction.Create, $"{missing.Count} row(s) from catalog {catalog.Id}", Via.GraphBatch);
        _plan.Steps.Add(step);
        foreach (var fields in missing)
        {
            _plan.GraphOperations.Add(new GraphOperation
            {
                Id = NextId(), Step = step, Prerequisites = prerequisites,
                Build = (ctx, id) => new GraphRequest(id, HttpMethod.Post, $"{ctx.ListUrl(list.Key)}/items", new JsonObject { ["fields"] = ToJson(fields) }),
            });
        }
    }

    private void PlanRowRepair(ListTemplate list, ItemState row, IReadOnlyDictionary<string, string> wanted, IReadOnlyList<string> differences,
        IReadOnlyList<GraphOperation> prerequisites)
    {
        var step = new PlanStep("item", $"{list.DisplayName}/{wanted[list.Seed!.Key]}", PlanAction.Update,
            "edited by hand: " + string.Join(", ", differences), Via.GraphBatch);
        _plan.Steps.Add(step);
        var patch = ToJson(wanted.Where(f => differences.Contains(f.Key)).ToDictionary());
        _plan.GraphOperations.Add(new GraphOperation
        {
            Id = NextId(), Step = step, Prerequisites = prerequisites,
            Build = (ctx, id) => new GraphRequest(id, HttpMethod.Patch, $"{ctx.ListUrl(list.Key)}/items/{row.Id}/fields", patch.DeepClone(), row.ETag),
        });
    }

    private static List<string> Differences(IReadOnlyDictionary<string, string> wanted, ItemState row) =>
        wanted.Where(f => row.Text(f.Key) != f.Value).Select(f => f.Key).ToList();

    private string CatalogValue(Requirement requirement, string property) => property switch
    {
        "citation" => requirement.Citation,
        "name" => requirement.Name,
        "kind" => requirement.Kind.ToString(),
        "implementation" => requirement.Implementation.ToString(),
        "standardCitation" => requirement.StandardCitation,
        "safeguard" => requirement.Safeguard.ToString(),
        "catalogId" => catalog.Id,
        _ => throw new ArgumentOutOfRangeException(nameof(property), property, "Unknown catalog property."),
    };

    private static JsonObject ToJson(IEnumerable<KeyValuePair<string, string>> fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value))));
}
