namespace M365PolicyControl.LocalTenant.Store;

/// <summary>A list view as SharePoint REST describes it (SP.View).</summary>
internal sealed class ViewRecord
{
    public required Guid Id { get; init; }

    public required string Title { get; set; }

    public string ViewQuery { get; set; } = string.Empty;

    public List<string> ViewFields { get; set; } = [];

    public int RowLimit { get; set; } = 30;

    public bool Paged { get; set; } = true;

    public bool DefaultView { get; set; }

    public bool PersonalView { get; set; }
}
