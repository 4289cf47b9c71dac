namespace M365PolicyControl.SharePoint.Rest;

/// <summary>A list as SharePoint REST reports it: id (the same GUID Graph uses), title, settings and views.</summary>
/// <param name="BaseTemplate">101 document library, 100 generic list.</param>
/// <param name="ViewsExpanded">False when the server ignored <c>$expand=Views</c>: <paramref name="Views"/> is then empty, not known.</param>
public sealed record RestList(Guid Id, string Title, int BaseTemplate, ListSettings Settings, IReadOnlyList<RestView> Views, bool ViewsExpanded = true);

/// <summary>A list view. <paramref name="Query"/> is the CAML inside <c>&lt;Query&gt;</c> (Where, OrderBy, GroupBy).</summary>
public sealed record RestView(Guid Id, string Title, string Query, IReadOnlyList<string> Fields, int RowLimit, bool Hidden);

/// <summary>What a view should look like; used to create one.</summary>
public sealed record ViewDefinition(string Title, IReadOnlyList<string> Fields, string Query, int RowLimit);

/// <summary>Check-in kinds of SharePoint REST <c>CheckIn(checkintype=...)</c>.</summary>
public enum CheckInKind { Minor = 0, Major = 1, Overwrite = 2 }

/// <summary>SharePoint's moderation status (<c>_ModerationStatus</c>).</summary>
public enum ModerationStatus { Approved = 0, Denied = 1, Pending = 2, Draft = 3, Scheduled = 4 }

/// <summary>A file's control state as SharePoint REST reports it.</summary>
/// <param name="Level">1 published, 2 draft, 255 checked out.</param>
/// <param name="CheckOutType">0 online, 1 offline, 2 none.</param>
public sealed record RestFileState(
    string ServerRelativeUrl, string UiVersionLabel, int Level, int CheckOutType, ModerationStatus? Moderation, string? ModerationComment);
