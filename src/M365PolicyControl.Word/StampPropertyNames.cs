namespace M365PolicyControl.Word;

/// <summary>Names of the custom document properties (docProps/custom.xml) a stamp writes; values are strings, dates ISO 8601.</summary>
public static class StampPropertyNames
{
    public const string PolicyId = "M365PC_PolicyId";
    public const string Title = "M365PC_Title";
    public const string Kind = "M365PC_Kind";
    public const string Version = "M365PC_Version";
    public const string Status = "M365PC_Status";
    public const string EffectiveDate = "M365PC_EffectiveDate";
    public const string Owner = "M365PC_Owner";
    public const string BackupOwner = "M365PC_BackupOwner";
    public const string Approver = "M365PC_Approver";
    public const string ApprovedOn = "M365PC_ApprovedOn";
    public const string LastReviewed = "M365PC_LastReviewed";
    public const string NextReviewDue = "M365PC_NextReviewDue";
    public const string CatalogId = "M365PC_CatalogId";
    public const string BodyHash = "M365PC_BodyHash";
    public const string BodyHashAlgorithm = "M365PC_BodyHashAlgorithm";
    public const string StampedAt = "M365PC_StampedAt";

    public const string Prefix = "M365PC_";
}
