using System.Text.RegularExpressions;
using M365PolicyControl.SharePoint.Provisioning.State;
using M365PolicyControl.SharePoint.Provisioning.Template;
using M365PolicyControl.SharePoint.Rest;

namespace M365PolicyControl.SharePoint.Provisioning.Planning;

internal sealed partial class Planner
{
    /// <summary>The template's settings under their SharePoint REST names, unset ones left out.</summary>
    internal static IReadOnlyDictionary<string, object> WantedSettings(SettingsTemplate? s)
    {
        var wanted = new Dictionary<string, object>();
        void Put(string name, object? value)
        {
            if (value is not null)
            {
                wanted[name] = value;
            }
        }

        Put(nameof(ListSettings.EnableVersioning), s?.EnableVersioning);
        Put(nameof(ListSettings.EnableMinorVersions), s?.EnableMinorVersions);
        Put(nameof(ListSettings.MajorVersionLimit), s?.MajorVersionLimit);
        Put(nameof(ListSettings.MajorWithMinorVersionsLimit), s?.MajorWithMinorVersionsLimit);
        Put(nameof(ListSettings.EnableModeration), s?.EnableModeration);
        Put(nameof(ListSettings.DraftVersionVisibility), s?.DraftVersionVisibility switch
        {
            null => null, "reader" => 0, "author" => 1, "approver" => 2,
            var other => throw new ArgumentOutOfRangeException(nameof(s), other, "Unknown draft visibility."),
        });
        Put(nameof(ListSettings.ForceCheckout), s?.ForceCheckout);
        return wanted;
    }

    private void PlanSettings(ListTemplate list, ListState? existing)
    {
        var current = existing?.Rest?.Settings;
        var changes = new Dictionary<string, object>();
        foreach (var (name, value) in WantedSettings(list.Settings))
        {
            var now = current?.Get(name);
            var target = $"{list.DisplayName}/{name}";
            if (Equals(now, value))
            {
                _plan.Steps.Add(new PlanStep("setting", target, PlanAction.Unchanged, Show(value), Via.None));
                continue;
            }

            changes[name] = value;
            _plan.Steps.Add(new PlanStep("setting", target, PlanAction.Update, $"{Show(now)} -> {Show(value)}", Via.Rest));
        }

        if (changes.Count == 0)
        {
            return;
        }

        _plan.SettingsWritten[list.Key] = changes;
        _plan.RestOperations.Add(new RestOperation
        {
            Step = _plan.Steps.Last(s => s.Kind == "setting" && s.Action == PlanAction.Update),
            Phase = 1,
            Prerequisites = ListCreatesFor(list.Key).ToArray(),
            Run = (ctx, rest, ct) => SettingsWriter.WriteAsync(rest, ctx, list, changes, ct),
        });
    }

    private void PlanViews(ListTemplate list, ListState? existing)
    {
        var views = existing?.Rest?.Views ?? [];
        foreach (var view in list.Views ?? [])
        {
            var definition = new ViewDefinition(view.Title, view.Fields, view.Query, view.RowLimit ?? 30);
            var target = $"{list.DisplayName}/{view.Title}";
            var current = views.FirstOrDefault(v => string.Equals(v.Title, view.Title, StringComparison.OrdinalIgnoreCase));
            var prerequisites = ListCreatesFor(list.Key).ToArray();
            if (current is not null && SameView(current, definition))
            {
                _plan.Steps.Add(new PlanStep("view", target, PlanAction.Unchanged, "", Via.None));
                continue;
            }

            var step = new PlanStep("view", target, current is null ? PlanAction.Create : PlanAction.Recreate,
                current is null ? "" : "fields, query or row limit differ; views hold no data", Via.Rest);
            _plan.Steps.Add(step);
            if (current is not null)
            {
                _plan.RestOperations.Add(new RestOperation
                {
                    Step = step, Phase = 2, Prerequisites = prerequisites,
                    Run = (ctx, rest, ct) => rest.DeleteViewAsync(ctx.Site.WebUrl, Guid.Parse(ctx.ListId(list.Key)), current.Id, ct),
                });
            }

            _plan.RestOperations.Add(new RestOperation
            {
                Step = step, Phase = 3, Prerequisites = prerequisites,
                Run = (ctx, rest, ct) => rest.AddViewAsync(ctx.Site.WebUrl, Guid.Parse(ctx.ListId(list.Key)), definition, ct),
            });
        }
    }

    private static bool SameView(RestView current, ViewDefinition wanted) =>
        current.RowLimit == wanted.RowLimit
        && current.Fields.SequenceEqual(wanted.Fields, StringComparer.OrdinalIgnoreCase)
        && NormalizeCaml(current.Query) == NormalizeCaml(wanted.Query);

    private static string NormalizeCaml(string caml) => WhitespaceBetweenTags().Replace(caml.Trim(), "><").Replace(" />", "/>", StringComparison.Ordinal);

    private static string Show(object? value) => SettingsWriter.Show(value);

    [GeneratedRegex(@">\s+<")]
    private static partial Regex WhitespaceBetweenTags();
}
