using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests;

internal static class MetadataFiles
{
    public const string Valid = """
        {
          "policyId": "POL-AC-001",
          "title": "Access Control Policy",
          "kind": "Policy",
          "version": "1.0",
          "status": "Effective",
          "effectiveDate": "2026-01-15",
          "owner": "ciso@contoso.example",
          "approver": "cco@contoso.example",
          "approvedOn": "2026-01-10",
          "requirements": ["164.312(a)(1)", "164.312(d)"],
          "implementingProcedures": ["PRC-AC-001"]
        }
        """;

    public static string Write(TempFolder folder, string json = Valid, string name = "meta.json")
    {
        var path = folder.File(name);
        File.WriteAllText(path, json);
        return path;
    }
}
