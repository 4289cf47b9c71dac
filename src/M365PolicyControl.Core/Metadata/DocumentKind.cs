namespace M365PolicyControl.Core.Metadata;

/// <summary>What sort of controlled document this is.</summary>
public enum DocumentKind { Policy, Procedure, Standard, Plan }

/// <summary>Where a document is in its controlled life (ARCHITECTURE.md, Lifecycle).</summary>
public enum PolicyStatus { Draft, InReview, Approved, Effective, Superseded, Retired }
