namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>SharePoint's content-approval state of a file (<c>_ModerationStatus</c>, SPModerationStatusType).</summary>
public enum ModerationStatus
{
    Approved = 0,
    Denied = 1,
    Pending = 2,
    Draft = 3,
    Scheduled = 4,
}

/// <summary>How a checked-out file is checked in (SharePoint REST <c>checkintype</c>).</summary>
public enum CheckInKind
{
    Minor = 0,
    Major = 1,

    /// <summary>Replaces the current version's content without a new version label.</summary>
    Overwrite = 2,
}
