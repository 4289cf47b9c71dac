using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Word.Tests;

internal static class SampleMetadata
{
    public static PolicyMetadata AccessControl(string version = "1.0") => new()
    {
        PolicyId = "POL-AC-001",
        Title = "Access Control Policy",
        Kind = DocumentKind.Policy,
        Version = PolicyVersion.Parse(version),
        Status = PolicyStatus.Effective,
        EffectiveDate = new DateOnly(2026, 1, 15),
        Owner = "ciso@contoso.example",
        BackupOwner = "deputy@contoso.example",
        Approver = "cco@contoso.example",
        ApprovedOn = new DateOnly(2026, 1, 10),
        LastReviewed = new DateOnly(2026, 1, 10),
        Requirements = ["164.312(a)(1)", "164.312(d)", "164.308(a)(4)(ii)(B)"],
        ImplementingProcedures = ["PRC-AC-001", "PRC-AC-002"],
    };
}
