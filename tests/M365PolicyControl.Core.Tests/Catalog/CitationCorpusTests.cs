using M365PolicyControl.Core.Catalog;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Core.Tests.Catalog;

/// <summary>FindInText over the real policy texts in ../shared/corpus/policies (written by practitioners, not by us).</summary>
public sealed class CitationCorpusTests
{
    private static readonly CitationParser Parser = CitationParser.Default;

    private static string DaticaFile(string name) => Path.Combine(RepoPaths.CorpusPolicies, "datica-hipaa", name);

    private static IReadOnlyList<CitationResolution> Find(string file) => Parser.FindInText(File.ReadAllText(DaticaFile(file)));

    private static string[] Mapped(IEnumerable<CitationResolution> found) =>
        found.SelectMany(f => f.Requirements).Select(r => r.Citation).Distinct().ToArray();

    private static IEnumerable<string> PolicyFiles() =>
        Directory.EnumerateDirectories(RepoPaths.CorpusPolicies)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.md"))
            .Where(f => Path.GetFileName(f) is not ("README.md" or "UPSTREAM-README.md" or "LICENSE.md"));

    [SharedFact("corpus/policies")]
    public void FindInText_EveryCorpusPolicy_LeavesNoSecurityRuleCitationUnknown()
    {
        var unknown = PolicyFiles()
            .SelectMany(f => Parser.FindInText(File.ReadAllText(f)).Select(r => (File: Path.GetFileName(f), r)))
            .Where(x => x.r.IsRefused)
            .Select(x => $"{x.File}: '{x.r.Written}'")
            .ToArray();

        Assert.NotEmpty(PolicyFiles());
        Assert.Empty(unknown);
    }

    [SharedFact("corpus/policies/datica-hipaa")]
    public void FindInText_AuditingPolicy_MapsEntityEncodedAndListedCitations()
    {
        var mapped = Mapped(Find("08-auditing_policy.md"));

        Assert.Equal(
            ["164.308(a)(1)(ii)(D)", "164.308(a)(5)(ii)(B)", "164.308(a)(5)(ii)(C)", "164.308(a)(8)", "164.312(b)",
             "164.312(c)(2)", "164.312(e)(2)(i)"],
            mapped.Order(StringComparer.Ordinal));
    }

    [SharedFact("corpus/policies/datica-hipaa")]
    public void FindInText_FacilityAccessPolicy_ExpandsRangeAndBareSection()
    {
        var found = Find("10-facility_access_policy.md");

        var range = Assert.Single(found, f => f.Normalized == "164.310(b-c)");
        Assert.Equal(CitationMatch.Expanded, range.Match);
        Assert.Equal(["164.310(b)", "164.310(c)"], range.Requirements.Select(r => r.Citation));
        Assert.Equal(CitationMatch.Expanded, Assert.Single(found, f => f.Normalized == "164.310").Match);
    }

    [SharedFact("corpus/policies/datica-hipaa")]
    public void FindInText_InheritanceMatrix_ReadsQuotedLettersAndPre2013Numbering()
    {
        var found = Find("02-hipaa_inheritance.md");

        Assert.Equal(["164.310(c)"], Assert.Single(found, f => f.Normalized == "164.310(c)").Requirements.Select(r => r.Citation));
        Assert.Equal(CitationMatch.Exact, Assert.Single(found, f => f.Normalized == "164.312(c)(1)").Match);
        var baa = Assert.Single(found, f => f.Normalized == "164.314(a)(1)(i)");
        Assert.Equal(CitationMatch.Enclosing, baa.Match);
        Assert.Equal("164.314(a)(1)", baa.Requirements[0].Citation);
    }

    [SharedFact("corpus/policies/datica-hipaa")]
    public void FindInText_IncidentResponsePolicy_MapsStandardCitedWithoutItsFirstParagraph()
    {
        var incident = Assert.Single(Find("11-incident_response_policy.md"), f => f.Normalized == "164.308(a)(6)");

        Assert.Equal(CitationMatch.Standard, incident.Match);
        Assert.Equal("164.308(a)(6)(i)", incident.Requirements[0].Citation);
    }

    [SharedFact("corpus/policies/datica-hipaa")]
    public void FindInText_BusinessAssociateAgreement_KeepsPrivacyRuleCitationsUnmapped()
    {
        var found = Find("23-datica_hipaa_business_associate_agreement.md");

        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.Equal(CitationMatch.OutsideSecurityRule, f.Match));
        Assert.Contains(found, f => f.Normalized == "164.504(e)(2)(ii)(G)");
        Assert.Contains(found, f => f.Normalized == "160.103");
    }

    [SharedFact("corpus/policies/datica-hipaa")]
    public void FindInText_EachPolicysDeclaredStandards_AreAllFound()
    {
        var declared = new Dictionary<string, string[]>
        {
            ["03-policy_management_policy.md"] = ["164.316(a)", "164.316(b)(1)"],
            ["04-risk_management_policy.md"] = ["164.308(a)(1)(ii)(A)", "164.308(a)(1)(ii)(B)", "164.308(a)(8)"],
            ["07-systems_access_policy.md"] = ["164.308(a)(4)(ii)(C)", "164.308(a)(3)(ii)(B)", "164.312(d)", "164.310(c)"],
            ["21-3rd_party_policy.md"] = ["164.314(a)(1)"],
        };

        foreach (var (file, citations) in declared)
        {
            var mapped = Mapped(Find(file));
            Assert.All(citations, c => Assert.Contains(c, mapped));
        }
    }
}
