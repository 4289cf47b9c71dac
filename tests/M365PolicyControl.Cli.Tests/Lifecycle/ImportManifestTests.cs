using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Cli.Tests.Lifecycle;

/// <summary>The JSON import manifest is validated entry by entry with Core's metadata rules.</summary>
public sealed class ImportManifestTests
{
    [Fact]
    public void Read_JsonWithBadEntries_ListsEveryProblemNamingTheFileAndTheEntry()
    {
        using var folder = new TempFolder();
        var path = folder.File("manifest.json");
        File.WriteAllText(path, """
            { "documents": [
              { "file": "good.docx", "policyId": "POL-AC-001", "title": "Access Control", "owner": "olivia.owner@contoso.onmicrosoft.com",
                "requirements": ["164.312(a)(1)"], "safeguardArea": "Technical" },
              { "file": "bad.docx", "policyId": "not an id", "title": "Bad", "owner": "olivia.owner@contoso.onmicrosoft.com", "effectiveDate": "31/12/2025" },
              { "policyId": "POL-AC-003" }
            ] }
            """);

        var error = Assert.Throws<InvalidDataException>(() => ImportManifest.Read(path));

        var lines = error.Message.Split(Environment.NewLine);
        Assert.Contains(lines, l => l.StartsWith($"{path}: entry 2 (bad.docx): policyId", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}: entry 2 (bad.docx): effectiveDate", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}: entry 3:", StringComparison.Ordinal) && l.Contains("'file'", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("entry 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TheSampleManifest_GivesEveryEntry()
    {
        var entries = ImportManifest.Read(RepoPaths.InRepo("provisioning", "samples", "manifest.json"));

        Assert.Equal(14, entries.Count);
        Assert.All(entries.Values, m => Assert.NotEmpty(m.Requirements));
    }
}
