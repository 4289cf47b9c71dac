namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>The outcome a periodic review records (164.316(b)(2)(iii)).</summary>
public enum ReviewOutcome
{
    /// <summary>Reviewed, still right: the next review moves, no new policy version.</summary>
    NoChange,

    /// <summary>Needs a revision: recorded; the owner writes a new draft.</summary>
    Revise,

    /// <summary>No longer needed: recorded, and the document is retired.</summary>
    Retire,
}
