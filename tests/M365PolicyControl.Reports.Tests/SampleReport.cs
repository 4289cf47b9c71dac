using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Reports.Tests;

/// <summary>A small library with every coverage status and some text that needs escaping in each format.</summary>
internal static class SampleReport
{
    public static readonly DateOnly AsOf = new(2025, 6, 30);

    public const string Hostile = "<script>alert('x')</script> & | \"quoted\"";

    public static IReadOnlyList<ControlledDocument> Documents { get; } =
    [
        Doc("POL-SM-001", "Security Management & Risk Policy", DocumentKind.Policy, PolicyStatus.Effective,
            "164.308(a)(1)(ii)(A)", "164.308(a)(1)(ii)(B)", "164.312(b)"),
        Doc("PRC-SM-001", "Risk Analysis Procedure", DocumentKind.Procedure, PolicyStatus.Effective,
            "164.308(a)(1)(ii)(A)", "164.308(a)(1)(ii)(B)") with { Owner = "owner2@contoso.onmicrosoft.com" },
        Doc("POL-IR-001", "Incident Response Policy", DocumentKind.Policy, PolicyStatus.Effective, "164.308(a)(6)(ii)")
            with { NextReviewDue = AsOf.AddDays(-10) },
        Doc("PRC-IR-001", "Incident Handling Procedure", DocumentKind.Procedure, PolicyStatus.Effective, "164.308(a)(6)(ii)"),
        Doc("PRC-AU-001", "Audit Log Review Procedure", DocumentKind.Procedure, PolicyStatus.Effective, "164.308(a)(1)(ii)(D)"),
        Doc("POL-DM-001", "Device and Media Policy", DocumentKind.Policy, PolicyStatus.InReview, "164.310(d)(2)(i)")
            with { Version = new PolicyVersion(0, 3) },
        Doc("POL-OLD-001", "Old Policy " + Hostile, DocumentKind.Policy, PolicyStatus.Superseded, "164.310(d)(2)(ii)"),
        Doc("POL-X-001", "Cites outside the rule", DocumentKind.Policy, PolicyStatus.Draft, "164.530(c) " + Hostile),
    ];

    public static CoverageReport Report() => CoverageCalculator.Compute(new CoverageInput(SecurityRuleCatalog.Default, AsOf)
    {
        Documents = Documents,
        Exceptions = [new PolicyExceptionRecord("EXC|7", "164.312(a)(2)(iv)", AsOf.AddMonths(3)) { Reason = "Legacy lab system " + Hostile }],
        Decisions = [new ImplementationDecision("164.308(a)(5)(ii)(A)", DecisionOutcome.Alternative) { Id = "DEC-1", Rationale = "Monthly huddles" }],
    });

    private static ControlledDocument Doc(string id, string title, DocumentKind kind, PolicyStatus status, params string[] citations) => new()
    {
        PolicyId = id,
        Title = title,
        Kind = kind,
        Status = status,
        Version = new PolicyVersion(1, 0),
        EffectiveDate = status == PolicyStatus.Effective ? new DateOnly(2025, 1, 1) : null,
        NextReviewDue = new DateOnly(2026, 1, 1),
        Owner = "owner1@contoso.onmicrosoft.com",
        Approver = "approver1@contoso.onmicrosoft.com",
        BodyHash = "ab12",
        Requirements = citations,
    };
}
