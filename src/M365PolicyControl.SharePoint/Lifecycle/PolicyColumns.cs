namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>Internal names of the library and register columns the lifecycle reads and writes (the provisioning template).</summary>
public static class PolicyColumns
{
    public const string Library = "Security Policies";
    public const string ReviewsRegister = "Policy Reviews";
    public const string ExceptionsRegister = "Policy Exceptions";
    public const string DecisionsRegister = "Implementation Decisions";

    public const string Title = "Title";
    public const string PolicyId = "PolicyId";
    public const string DocumentKind = "DocumentKind";
    public const string SafeguardArea = "SafeguardArea";
    public const string Requirements = "SecurityRuleRequirements";
    public const string PolicyOwner = "PolicyOwner";
    public const string BackupOwner = "BackupOwner";
    public const string PolicyStatus = "PolicyStatus";
    public const string EffectiveDate = "EffectiveDate";
    public const string ApprovedOn = "ApprovedOn";
    public const string ApprovedBy = "ApprovedBy";
    public const string LastReviewed = "LastReviewed";
    public const string NextReviewDue = "NextReviewDue";
    public const string RetainUntil = "RetainUntil";
    public const string ReviewCadenceMonths = "ReviewCadenceMonths";
    public const string ImplementingProcedures = "ImplementingProcedures";
    public const string ChangeSummary = "ChangeSummary";
    public const string BodyHash = "BodyHash";

    /// <summary>UPN of the person who authored the current draft (the app performs the writes).</summary>
    public const string AuthoredBy = "AuthoredBy";

    /// <summary>UPN of the last person who changed the current draft.</summary>
    public const string LastEditedBy = "LastEditedBy";

    public const string SubmittedBy = "SubmittedBy";

    /// <summary>SHA-256 of the bytes last imported, so an unchanged file is not uploaded again.</summary>
    public const string SourceFileHash = "SourceFileHash";

    /// <summary>Everything the lifecycle reads from the library in one listing.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Title, PolicyId, DocumentKind, SafeguardArea, Requirements, PolicyOwner, BackupOwner, PolicyStatus,
        EffectiveDate, ApprovedOn, ApprovedBy, LastReviewed, NextReviewDue, RetainUntil, ReviewCadenceMonths,
        ImplementingProcedures, ChangeSummary, BodyHash, AuthoredBy, LastEditedBy, SubmittedBy, SourceFileHash,
    ];

    /// <summary>Policy Reviews register columns.</summary>
    public static class Review
    {
        /// <summary>Lookup to the library by PolicyId.</summary>
        public const string Policy = "Policy";
        public const string ReviewedOn = "ReviewedOn";

        /// <summary>Person column.</summary>
        public const string Reviewer = "Reviewer";
        public const string Outcome = "Outcome";
        public const string Findings = "Findings";
        public const string NextReviewDue = "NextReviewDue";
    }

    /// <summary>Policy Exceptions register columns.</summary>
    public static class Exception
    {
        /// <summary>Lookup to the library by PolicyId.</summary>
        public const string Policy = "Policy";

        /// <summary>Lookup to the Security Rule Requirements register by citation.</summary>
        public const string Requirement = "Requirement";
        public const string Justification = "Justification";
        public const string CompensatingControls = "CompensatingControls";
        public const string RiskRating = "RiskRating";

        /// <summary>Person column.</summary>
        public const string RequestedBy = "RequestedBy";

        /// <summary>Person column.</summary>
        public const string Approver = "ExceptionApprover";
        public const string ApprovedOn = "ApprovedOn";
        public const string ExpiresOn = "ExpiresOn";
        public const string Status = "ExceptionStatus";

        public static IReadOnlyList<string> All { get; } = [Title, Policy, Requirement, Justification, CompensatingControls, RequestedBy, Approver, ApprovedOn, ExpiresOn, Status];
    }

    /// <summary>Implementation Decisions register columns.</summary>
    public static class Decision
    {
        /// <summary>Lookup to the Security Rule Requirements register by citation.</summary>
        public const string Requirement = "Requirement";
        public const string Outcome = "Decision";
        public const string Rationale = "Rationale";
        public const string AlternativeMeasure = "AlternativeMeasure";

        /// <summary>Person column.</summary>
        public const string DecidedBy = "DecidedBy";
        public const string DecidedOn = "DecidedOn";

        public static IReadOnlyList<string> All { get; } = [Title, Requirement, Outcome, Rationale, AlternativeMeasure, DecidedBy, DecidedOn];
    }
}
