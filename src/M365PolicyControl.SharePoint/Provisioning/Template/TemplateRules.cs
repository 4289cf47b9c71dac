using M365PolicyControl.Core.Catalog;

namespace M365PolicyControl.SharePoint.Provisioning.Template;

/// <summary>The checks a JSON Schema cannot express; every broken rule is reported, not just the first.</summary>
public static class TemplateRules
{
    /// <summary>Columns every list already has; template columns may not reuse these names.</summary>
    public static IReadOnlySet<string> BuiltInColumns { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Title", "ID", "Created", "Modified", "Author", "Editor", "FileLeafRef", "FileRef", "ContentType", "Attachments",
    };

    /// <summary>Built-in field names a view may show besides the template's columns.</summary>
    public static IReadOnlySet<string> BuiltInViewFields { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Title", "LinkTitle", "LinkTitleNoMenu", "LinkFilename", "LinkFilenameNoMenu", "FileLeafRef", "DocIcon", "ID",
        "Created", "Modified", "Author", "Editor", "_ModerationStatus", "_ModerationComments", "_UIVersionString",
        "CheckoutUser", "FileSizeDisplay", "ContentType",
    };

    private static readonly HashSet<string> CatalogProperties = ["citation", "name", "kind", "implementation", "standardCitation", "safeguard", "catalogId"];

    /// <summary>Every semantic problem of the template; empty when it is sound.</summary>
    public static IReadOnlyList<TemplateProblem> Check(ProvisioningTemplate template)
    {
        var problems = new List<TemplateProblem>();
        Duplicates(template.Lists.Select(l => l.Key), "/lists", "list key", problems);
        Duplicates(template.Lists.Select(l => l.DisplayName), "/lists", "list display name", problems);
        foreach (var list in template.Lists)
        {
            CheckList(template, list, problems);
        }

        return problems;
    }

    private static void CheckList(ProvisioningTemplate template, ListTemplate list, List<TemplateProblem> problems)
    {
        var at = $"lists[{list.Key}]";
        Duplicates(list.Columns.Select(c => c.Name), at, "column internal name", problems);
        foreach (var column in list.Columns)
        {
            ColumnRules.Check(template, column, $"{at}.columns[{column.Name}]", problems);
        }

        foreach (var retired in (list.RetiredColumns ?? []).Where(r => list.Columns.Any(c => Same(c.Name, r))))
        {
            problems.Add(new($"{at}.retiredColumns", $"'{retired}' is both a column and a retired column."));
        }

        CheckSettings(list, at, problems);
        CheckViews(list, at, problems);
        CheckSeed(template, list, at, problems);
    }

    private static void CheckSettings(ListTemplate list, string at, List<TemplateProblem> problems)
    {
        var s = list.Settings;
        if (s is null)
        {
            return;
        }

        if (s.EnableMinorVersions == true && !list.IsLibrary)
        {
            problems.Add(new($"{at}.settings.enableMinorVersions", "minor versions exist only on document libraries; SharePoint ignores this on a list."));
        }

        if (s.EnableMinorVersions == true && s.EnableVersioning == false)
        {
            problems.Add(new($"{at}.settings.enableMinorVersions", "minor versions need enableVersioning true."));
        }

        if (s.MajorWithMinorVersionsLimit is not null && s.EnableMinorVersions != true)
        {
            problems.Add(new($"{at}.settings.majorWithMinorVersionsLimit", "only meaningful with enableMinorVersions true."));
        }

        if (s.DraftVersionVisibility is "author" or "approver" && s.EnableMinorVersions != true && s.EnableModeration != true)
        {
            problems.Add(new($"{at}.settings.draftVersionVisibility", "drafts exist only with minor versions or content approval on."));
        }
    }

    private static void CheckViews(ListTemplate list, string at, List<TemplateProblem> problems)
    {
        var views = list.Views ?? [];
        Duplicates(views.Select(v => v.Title), $"{at}.views", "view title", problems);
        foreach (var view in views)
        {
            foreach (var field in view.Fields.Where(f => !BuiltInViewFields.Contains(f) && !list.Columns.Any(c => c.Name == f)))
            {
                problems.Add(new($"{at}.views[{view.Title}]", $"field '{field}' is neither a column of this list nor a built-in field."));
            }
        }
    }

    private static void CheckSeed(ProvisioningTemplate template, ListTemplate list, string at, List<TemplateProblem> problems)
    {
        if (list.Seed is not { } seed)
        {
            return;
        }

        if (template.Catalog is null || !SecurityRuleCatalog.AvailableIds.Contains(template.Catalog))
        {
            problems.Add(new($"{at}.seed", $"seeding from the catalog needs a known 'catalog' ({string.Join(", ", SecurityRuleCatalog.AvailableIds)}); got '{template.Catalog}'."));
        }

        if (!seed.Fields.ContainsKey(seed.Key))
        {
            problems.Add(new($"{at}.seed.key", $"key column '{seed.Key}' is not among the seeded fields."));
        }

        foreach (var (column, property) in seed.Fields)
        {
            if (!Same(column, "Title") && !list.Columns.Any(c => c.Name == column))
            {
                problems.Add(new($"{at}.seed.fields", $"column '{column}' does not exist in this list."));
            }

            if (!CatalogProperties.Contains(property))
            {
                problems.Add(new($"{at}.seed.fields[{column}]", $"unknown catalog property '{property}'."));
            }
        }
    }

    internal static void Duplicates(IEnumerable<string> names, string at, string what, List<TemplateProblem> problems)
    {
        foreach (var group in names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new(at, $"duplicate {what} '{group.Key}' ({group.Count()} times)."));
        }
    }

    internal static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
