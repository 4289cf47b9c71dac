using M365PolicyControl.Core.Catalog;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Core.Tests.Catalog;

public sealed class SecurityRuleCatalogTests
{
    private static readonly SecurityRuleCatalog Catalog = SecurityRuleCatalog.Default;

    [Fact]
    public void Default_Counts_Has22StandardsAnd43Specifications()
    {
        Assert.Equal("hipaa-security-2013", Catalog.Id);
        Assert.Equal(22, Catalog.Requirements.Count(r => r.Kind == RequirementKind.Standard));
        Assert.Equal(43, Catalog.Requirements.Count(r => r.Kind == RequirementKind.Specification));
    }

    [SharedFact("reference/hipaa-security-rule-2013.tsv")]
    public void Default_ComparedWithReferenceList_MatchesRowForRow()
    {
        var rows = File.ReadAllLines(RepoPaths.ReferenceCatalogTsv)
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .ToArray();

        Assert.Equal(rows.Length, Catalog.Requirements.Count);
        foreach (var (row, requirement) in rows.Zip(Catalog.Requirements))
        {
            Assert.Equal(
                string.Join(" | ", row),
                string.Join(" | ", requirement.Citation, requirement.Kind.ToString().ToLowerInvariant(), requirement.Name,
                    requirement.ImplementationCode, requirement.ParentStandard ?? "", requirement.Safeguard.ToString().ToLowerInvariant()));
        }
    }

    [Fact]
    public void Default_EverySpecification_NamesAStandardOfTheSameSafeguard()
    {
        foreach (var spec in Catalog.Requirements.Where(r => r.Kind == RequirementKind.Specification))
        {
            var standard = Catalog.Find(spec.ParentStandard!);
            Assert.NotNull(standard);
            Assert.Equal(RequirementKind.Standard, standard.Kind);
            Assert.Equal(spec.Safeguard, standard.Safeguard);
        }
    }

    [Fact]
    public void Default_EveryCitation_ResolvesExactlyToItself()
    {
        Assert.All(Catalog.Requirements, r =>
        {
            var resolution = CitationParser.Default.Resolve(r.Citation);
            Assert.Equal(CitationMatch.Exact, resolution.Match);
            Assert.Same(r, Assert.Single(resolution.Requirements));
        });
    }

    [Fact]
    public void Load_UnknownId_ThrowsNamingTheKnownIds()
    {
        var error = Assert.Throws<ArgumentException>(() => SecurityRuleCatalog.Load("hipaa-security-1999"));

        Assert.Contains("hipaa-security-2013", error.Message);
    }
}
