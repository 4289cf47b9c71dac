namespace M365PolicyControl.Core.Coverage;

/// <summary>
/// Where a requirement stands. <see cref="CoverageCalculator"/> gives each requirement the first status,
/// in declaration order, whose condition holds; the order is the precedence.
/// </summary>
public enum CoverageStatus
{
    /// <summary>An effective, in-date governing document (policy or standard) and an effective, in-date procedure (procedure or plan) map to it.</summary>
    Covered,

    /// <summary>Addressable specification whose documented decision is an alternative measure or "not reasonable and appropriate".</summary>
    Decision,

    /// <summary>An exception against it is active on the as-of date.</summary>
    Exception,

    /// <summary>Effective documents map to it, but one or more is past its review date and the in-date ones alone would not cover it.</summary>
    Stale,

    /// <summary>An effective, in-date policy maps to it, but no effective procedure.</summary>
    PolicyOnly,

    /// <summary>An effective, in-date procedure maps to it, but no effective policy.</summary>
    ProcedureOnly,

    /// <summary>Only documents not yet in force (draft, in review, approved) map to it.</summary>
    DraftOnly,

    /// <summary>Nothing maps to it and nothing excuses it.</summary>
    Gap,
}
