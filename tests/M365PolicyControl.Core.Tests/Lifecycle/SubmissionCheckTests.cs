using M365PolicyControl.Core.Lifecycle;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Tests.Lifecycle;

public sealed class SubmissionCheckTests
{
    private static readonly PolicyMetadata Procedure = new()
    {
        PolicyId = "PRC-BK-001",
        Title = "Backup Procedure",
        Kind = DocumentKind.Procedure,
        Owner = "it@contoso.com",
        Requirements = ["164.308(a)(7)(ii)(A)"],
    };

    private static readonly string[] GoodHeadings =
        ["Backup Procedure", "1. When to use", "2. Roles and responsibilities", "3. Steps", "4. Evidence"];

    [Fact]
    public void Check_CompleteProcedure_HasNoProblems()
    {
        Assert.Empty(SubmissionCheck.Check(Procedure, GoodHeadings));
    }

    [Theory]
    [InlineData("Trigger", "Roles", "Procedure", "Records")]
    [InlineData("## Triggers and frequency", "Responsibilities", "Procedure steps", "Records to keep")]
    [InlineData("When this procedure applies", "RACI", "Process", "Audit evidence")]
    [InlineData("Section 2: Trigger", "3.1 Roles", "IV. Instructions", "a) Documentation")]
    [InlineData("TRIGGER", "WHO", "THE PROCEDURE", "EVIDENCE AND RECORDS")]
    public void Check_ProcedureWithHeadingSynonyms_HasNoProblems(string trigger, string roles, string steps, string evidence)
    {
        Assert.Empty(SubmissionCheck.Check(Procedure, [trigger, roles, steps, evidence]));
    }

    [Fact]
    public void Check_ProcedureMissingSections_NamesEachMissingSection()
    {
        var problems = SubmissionCheck.Check(Procedure, ["Access Review Procedure", "Purpose", "Scope", "Roles"]);

        Assert.Equal(3, problems.Count);
        Assert.All(problems, p => Assert.Equal("sections", p.Field));
        Assert.Contains("'Trigger'", problems[0].Message);
        Assert.Contains("'Steps'", problems[1].Message);
        Assert.Contains("'Evidence'", problems[2].Message);
    }

    [Fact]
    public void Check_TitleContainingProcedure_DoesNotCountAsStepsSection()
    {
        var problems = SubmissionCheck.Check(Procedure, ["Trigger", "Roles", "Evidence", "Incident Response Procedure", "A procedure overview"]);

        Assert.Contains("'Steps'", Assert.Single(problems).Message);
    }

    [Fact]
    public void Check_PolicyWithoutProcedureSections_HasNoSectionProblems()
    {
        Assert.Empty(SubmissionCheck.Check(Procedure with { Kind = DocumentKind.Policy }, ["Purpose", "Policy"]));
    }

    [Fact]
    public void Check_NoRequirements_AsksForAtLeastOne()
    {
        var problem = Assert.Single(SubmissionCheck.Check(Procedure with { Requirements = [] }, GoodHeadings));

        Assert.Equal("requirements", problem.Field);
    }

    [Fact]
    public void Check_OnlyCitationsOutsideTheRule_AsksForASecurityRuleRequirement()
    {
        var problem = Assert.Single(SubmissionCheck.Check(Procedure with { Requirements = ["164.530(i)"] }, GoodHeadings));

        Assert.Contains("none of the citations", problem.Message);
    }

    [Fact]
    public void Check_EverythingWrong_ListsEveryProblemAtOnce()
    {
        var bad = Procedure with { PolicyId = "", Owner = "", Requirements = ["164.308(a)(9)"], ReviewCadenceMonths = 0 };

        var problems = SubmissionCheck.Check(bad, []);

        Assert.Equal(["policyId", "owner", "reviewCadenceMonths", "requirements[0]", "sections", "sections", "sections", "sections"],
            problems.Select(p => p.Field));
    }
}
