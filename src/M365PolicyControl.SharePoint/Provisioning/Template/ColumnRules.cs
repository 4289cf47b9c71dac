namespace M365PolicyControl.SharePoint.Provisioning.Template;

/// <summary>Semantic rules for one column definition.</summary>
internal static class ColumnRules
{
    public static void Check(ProvisioningTemplate template, ColumnTemplate column, string at, List<TemplateProblem> problems)
    {
        if (!ColumnTypes.All.Contains(column.Type))
        {
            problems.Add(new(at, $"unknown column type '{column.Type}' (known: {string.Join(", ", ColumnTypes.All)})."));
        }

        if (TemplateRules.BuiltInColumns.Contains(column.Name))
        {
            problems.Add(new(at, $"'{column.Name}' is a built-in column name."));
        }

        if (column.Multiple && column.Type is not (ColumnTypes.Person or ColumnTypes.Lookup))
        {
            problems.Add(new(at, "'multiple' applies to person and lookup columns only."));
        }

        if (column.EnforceUniqueValues && (column.Multiple || column.Type is ColumnTypes.Note or ColumnTypes.MultiChoice))
        {
            problems.Add(new(at, "unique values cannot be enforced on multi-value or note columns."));
        }

        if (column.Minimum > column.Maximum)
        {
            problems.Add(new(at, $"minimum {column.Minimum} is above maximum {column.Maximum}."));
        }

        if (column.Type is ColumnTypes.Choice or ColumnTypes.MultiChoice && column.DefaultValue is { } d && column.Choices?.Contains(d) != true)
        {
            problems.Add(new(at, $"default value '{d}' is not one of the choices."));
        }

        CheckLookup(template, column, at, problems);
    }

    private static void CheckLookup(ProvisioningTemplate template, ColumnTemplate column, string at, List<TemplateProblem> problems)
    {
        if (column.Type != ColumnTypes.Lookup)
        {
            if (column.LookupList is not null)
            {
                problems.Add(new(at, "'lookupList' applies to lookup columns only."));
            }

            return;
        }

        if (column.LookupList is null || template.FindList(column.LookupList) is not { } target)
        {
            problems.Add(new(at, $"lookup target list '{column.LookupList}' does not exist in the template."));
            return;
        }

        var shown = column.LookupColumn ?? "Title";
        if (!TemplateRules.Same(shown, "Title") && !target.Columns.Any(c => c.Name == shown))
        {
            problems.Add(new(at, $"lookup column '{shown}' does not exist in list '{target.Key}'."));
        }
    }
}
