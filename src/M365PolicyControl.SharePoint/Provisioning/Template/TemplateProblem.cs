namespace M365PolicyControl.SharePoint.Provisioning.Template;

/// <summary>One reason a template was refused: where (a JSON pointer or list/column path) and what.</summary>
public sealed record TemplateProblem(string Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>The template was refused before anything was written; every problem found is listed.</summary>
public sealed class TemplateInvalidException(string source, IReadOnlyList<TemplateProblem> problems)
    : Exception($"Template {source} is invalid ({problems.Count} problem(s)):{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
{
    public string TemplateSource { get; } = source;

    public IReadOnlyList<TemplateProblem> Problems { get; } = problems;
}
