namespace M365PolicyControl.LocalTenant.Store;

/// <summary>The SharePoint REST list properties Graph cannot set (reference §3.2).</summary>
internal sealed class ListSettings
{
    public bool EnableVersioning { get; set; } = true;

    public bool EnableMinorVersions { get; set; }

    public int MajorVersionLimit { get; set; } = 500;

    public int MajorWithMinorVersionsLimit { get; set; }

    public bool EnableModeration { get; set; }

    /// <summary>0 Reader, 1 Author, 2 Approver.</summary>
    public int DraftVersionVisibility { get; set; }

    public bool ForceCheckout { get; set; }
}
