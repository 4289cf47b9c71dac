using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Tests.Metadata;

public sealed class PolicyMetadataValidatorTests
{
    private static readonly PolicyMetadata Valid = new()
    {
        PolicyId = "POL-AC-001",
        Title = "Access Control Policy",
        Owner = "ciso@contoso.com",
        Requirements = ["164.312(a)(1)"],
    };

    [Fact]
    public void Validate_ValidMetadata_HasNoProblems()
    {
        Assert.Empty(PolicyMetadataValidator.Validate(Valid));
    }

    [Theory]
    [InlineData("POL-AC-001", true)]
    [InlineData("PRC7", true)]
    [InlineData("pol-ac-1", true)]
    [InlineData("POL--1", false)]
    [InlineData("POL-", false)]
    [InlineData("-POL", false)]
    [InlineData("1-POL", false)]
    [InlineData("POL AC", false)]
    [InlineData("POL_AC", false)]
    [InlineData("", false)]
    public void IsPolicyId_Candidates_AcceptsLettersDigitsAndDashGroups(string candidate, bool expected)
    {
        Assert.Equal(expected, PolicyMetadataValidator.IsPolicyId(candidate));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void Validate_ReviewCadence_MustBeOneToSixtyMonths(int months, bool valid)
    {
        var problems = PolicyMetadataValidator.Validate(Valid with { ReviewCadenceMonths = months });

        Assert.Equal(valid, problems.Count == 0);
    }

    [Fact]
    public void Validate_EffectiveWithoutEffectiveDate_IsAProblem()
    {
        var problems = PolicyMetadataValidator.Validate(Valid with { Status = PolicyStatus.Effective });

        Assert.Equal("effectiveDate", Assert.Single(problems).Field);
    }

    [Fact]
    public void Validate_NextReviewBeforeLastReview_IsAProblem()
    {
        var problems = PolicyMetadataValidator.Validate(Valid with
        {
            LastReviewed = new DateOnly(2025, 6, 1),
            NextReviewDue = new DateOnly(2025, 5, 1),
        });

        Assert.Equal("nextReviewDue", Assert.Single(problems).Field);
    }

    [Fact]
    public void Validate_CitationOutsideSecurityRule_IsAllowed()
    {
        Assert.Empty(PolicyMetadataValidator.Validate(Valid with { Requirements = ["164.530(i)", "160.103"] }));
    }

    [Fact]
    public void Validate_UnknownCitations_NamesEachWithNearestKnown()
    {
        var problems = PolicyMetadataValidator.Validate(Valid with { Requirements = ["164.312(f)", "164.312(b)", "Risk analysis"] });

        Assert.Equal(["requirements[0]", "requirements[2]"], problems.Select(p => p.Field));
        Assert.Contains("nearest known: 164.312(d)", problems[0].Message);
    }

    [Fact]
    public void Validate_BlankRequiredFields_NamesEach()
    {
        var problems = PolicyMetadataValidator.Validate(new PolicyMetadata { PolicyId = " ", Title = "", Owner = "" });

        Assert.Equal(["policyId", "title", "owner"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.Equal("is required", p.Message));
    }
}
