namespace M365PolicyControl.SharePoint.Provisioning.Template;

/// <summary>A provisioning template: the lists (library and registers) to ensure on a site. See
/// <c>provisioning/templates/hipaa-policy-library.schema.json</c> for the file format.</summary>
public sealed record ProvisioningTemplate(
    string TemplateId, string Version, string? Description, string? Catalog, IReadOnlyList<ListTemplate> Lists)
{
    /// <summary>The list with the given template key; null when absent.</summary>
    public ListTemplate? FindList(string key) => Lists.FirstOrDefault(l => l.Key == key);
}

/// <summary>One list or document library.</summary>
/// <param name="Template"><c>documentLibrary</c> or <c>genericList</c>.</param>
public sealed record ListTemplate(
    string Key,
    string DisplayName,
    string? Description,
    string Template,
    SettingsTemplate? Settings,
    IReadOnlyList<ColumnTemplate> Columns,
    IReadOnlyList<string>? RetiredColumns,
    IReadOnlyList<ViewTemplate>? Views,
    SeedTemplate? Seed)
{
    public bool IsLibrary => Template == "documentLibrary";
}

/// <summary>Library settings; null means "leave as it is".</summary>
/// <param name="DraftVersionVisibility"><c>reader</c>, <c>author</c> or <c>approver</c>.</param>
public sealed record SettingsTemplate(
    bool? EnableVersioning,
    bool? EnableMinorVersions,
    int? MajorVersionLimit,
    int? MajorWithMinorVersionsLimit,
    bool? EnableModeration,
    string? DraftVersionVisibility,
    bool? ForceCheckout);

/// <summary>One column. <paramref name="Type"/> is one of <see cref="ColumnTypes.All"/>.</summary>
public sealed record ColumnTemplate(
    string Name,
    string Type,
    string? Id = null,
    string? DisplayName = null,
    string? Description = null,
    bool Required = false,
    bool Indexed = false,
    bool EnforceUniqueValues = false,
    bool Multiple = false,
    int? MaxLength = null,
    IReadOnlyList<string>? Choices = null,
    string? DefaultValue = null,
    double? Minimum = null,
    double? Maximum = null,
    string? DecimalPlaces = null,
    string? LookupList = null,
    string? LookupColumn = null)
{
    public string EffectiveDisplayName => DisplayName ?? Name;
}

/// <summary>A public view; <paramref name="Query"/> is CAML inside &lt;Query&gt;.</summary>
public sealed record ViewTemplate(string Title, IReadOnlyList<string> Fields, string Query, int? RowLimit);

/// <summary>Rows seeded from the Security Rule catalog: column internal name -> catalog property.</summary>
public sealed record SeedTemplate(string Source, string Key, IReadOnlyDictionary<string, string> Fields);

/// <summary>The column types a template may use.</summary>
public static class ColumnTypes
{
    public const string Text = "text", Note = "note", Choice = "choice", MultiChoice = "multiChoice", Number = "number",
        Boolean = "boolean", Date = "date", DateTime = "dateTime", Person = "person", Lookup = "lookup";

    public static IReadOnlyList<string> All { get; } = [Text, Note, Choice, MultiChoice, Number, Boolean, Date, DateTime, Person, Lookup];
}
