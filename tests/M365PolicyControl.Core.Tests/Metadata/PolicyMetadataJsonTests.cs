using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Tests.Metadata;

public sealed class PolicyMetadataJsonTests
{
    private const string Complete = """
        {
          "policyId": "POL-AC-001",
          "title": "Access Control Policy",
          "kind": "Policy",
          "version": "2.1",
          "status": "In Review",
          "effectiveDate": "2025-07-01",
          "owner": "ciso@contoso.com",
          "backupOwner": "deputy@contoso.com",
          "approver": "ceo@contoso.com",
          "approvedOn": "2025-06-20",
          "lastReviewed": "2025-06-01",
          "nextReviewDue": "2026-06-01",
          "reviewCadenceMonths": 12,
          "requirements": ["164.312(a)(1)", "45 CFR §164.312&lpar;d&rpar;", "164.308(a)(5)(ii)(B) & (C)", "164.530(i)"],
          "implementingProcedures": ["PRC-AC-001", "PRC-AC-002"],
          "changeSummary": "Annual review."
        }
        """;

    [Fact]
    public void Parse_CompleteDocument_ReadsEveryField()
    {
        var result = PolicyMetadataJson.Parse(Complete, "meta.json");

        Assert.True(result.IsValid, string.Join("; ", result.Describe()));
        var m = result.Metadata!;
        Assert.Equal("POL-AC-001", m.PolicyId);
        Assert.Equal("Access Control Policy", m.Title);
        Assert.Equal(DocumentKind.Policy, m.Kind);
        Assert.Equal(new PolicyVersion(2, 1), m.Version);
        Assert.Equal(PolicyStatus.InReview, m.Status);
        Assert.Equal(new DateOnly(2025, 7, 1), m.EffectiveDate);
        Assert.Equal("ciso@contoso.com", m.Owner);
        Assert.Equal("deputy@contoso.com", m.BackupOwner);
        Assert.Equal("ceo@contoso.com", m.Approver);
        Assert.Equal(new DateOnly(2025, 6, 20), m.ApprovedOn);
        Assert.Equal(new DateOnly(2025, 6, 1), m.LastReviewed);
        Assert.Equal(new DateOnly(2026, 6, 1), m.NextReviewDue);
        Assert.Equal(12, m.ReviewCadenceMonths);
        Assert.Equal(4, m.Requirements.Count);
        Assert.Equal(["PRC-AC-001", "PRC-AC-002"], m.ImplementingProcedures);
        Assert.Equal("Annual review.", m.ChangeSummary);
    }

    [Fact]
    public void Parse_OnlyRequiredFields_UsesDefaults()
    {
        var result = PolicyMetadataJson.Parse("""{"policyId":"POL-1","title":"T","owner":"o@x.com"}""", "m.json");

        var m = Assert.IsType<PolicyMetadata>(result.Metadata);
        Assert.Equal(DocumentKind.Policy, m.Kind);
        Assert.Equal(new PolicyVersion(1, 0), m.Version);
        Assert.Equal(PolicyStatus.Draft, m.Status);
        Assert.Equal(PolicyMetadata.DefaultReviewCadenceMonths, m.ReviewCadenceMonths);
        Assert.Empty(m.Requirements);
    }

    [Fact]
    public void Parse_JsonThatDoesNotParse_GivesOneProblemWithLineAndPosition()
    {
        var result = PolicyMetadataJson.Parse("{\n  \"policyId\": \"POL-1\",\n  \"title\": oops\n}", "broken.json");

        var problem = Assert.Single(result.Problems);
        Assert.Null(result.Metadata);
        Assert.Equal("json", problem.Field);
        Assert.Contains("line 3, position 12", problem.Message);
        Assert.StartsWith("broken.json: json: is not valid JSON", result.Describe().Single());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    public void Parse_JsonThatIsNotAnObject_IsRefused(string json)
    {
        Assert.Equal("json", Assert.Single(PolicyMetadataJson.Parse(json, "m.json").Problems).Field);
    }

    [Fact]
    public void Parse_ManyProblems_ListsEveryOneAtOnce()
    {
        const string json = """
            {
              "policyId": "pol 1",
              "kind": "Memo",
              "version": "1",
              "status": "Published",
              "effectiveDate": "07/01/2025",
              "approvedOn": "2025-02-30",
              "reviewCadenceMonths": 61,
              "requirements": ["164.308(a)(1)(ii)(A)", "164.308(a)(9)", "164.312(f)"],
              "implementingProcedures": ["PRC_1"],
              "ownr": "x"
            }
            """;

        var result = PolicyMetadataJson.Parse(json, "bad.json");

        Assert.Null(result.Metadata);
        Assert.Equal(
            ["ownr", "policyId", "title", "kind", "version", "status", "effectiveDate", "owner", "approvedOn",
             "reviewCadenceMonths", "requirements[1]", "requirements[2]", "implementingProcedures[0]"],
            result.Problems.Select(p => p.Field));
        Assert.Contains("did you mean 'owner'", result.Problems[0].Message);
        Assert.Contains("nearest known: 164.308(a)(8)", result.Problems.Single(p => p.Field == "requirements[1]").Message);
        Assert.Contains("Policy, Procedure, Standard, Plan", result.Problems.Single(p => p.Field == "kind").Message);
    }

    [Theory]
    [InlineData("reviewCadenceMonths", "0")]
    [InlineData("reviewCadenceMonths", "\"12\"")]
    [InlineData("reviewCadenceMonths", "1.5")]
    [InlineData("requirements", "\"164.312(b)\"")]
    [InlineData("requirements", "[1, 2]")]
    [InlineData("title", "42")]
    [InlineData("effectiveDate", "\"2025-7-1\"")]
    [InlineData("version", "\"0.0\"")]
    [InlineData("status", "\"2\"")]
    public void Parse_FieldOfWrongShape_NamesThatField(string field, string value)
    {
        var fields = new Dictionary<string, string> { ["policyId"] = "\"POL-1\"", ["title"] = "\"T\"", ["owner"] = "\"o@x.com\"" };
        fields[field] = value;
        var json = "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}";

        var result = PolicyMetadataJson.Parse(json, "m.json");

        Assert.Equal(field, Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void Parse_FieldGivenTwice_IsAProblem()
    {
        var result = PolicyMetadataJson.Parse("""{"policyId":"POL-1","title":"T","owner":"o","title":"U"}""", "m");

        Assert.Equal("title", Assert.Single(result.Problems).Field);
        Assert.Contains("more than once", result.Problems[0].Message);
    }

    [Fact]
    public void Parse_NullOptionalFields_AreTreatedAsAbsent()
    {
        var result = PolicyMetadataJson.Parse("""{"policyId":"POL-1","title":"T","owner":"o","approver":null,"requirements":null}""", "m");

        Assert.True(result.IsValid);
        Assert.Null(result.Metadata!.Approver);
    }

    [Fact]
    public void Parse_NumericVersion_IsAccepted()
    {
        var result = PolicyMetadataJson.Parse("""{"policyId":"POL-1","title":"T","owner":"o","version":1.2}""", "m");

        Assert.Equal(new PolicyVersion(1, 2), result.Metadata!.Version);
    }

    [Fact]
    public void Write_ThenParse_RoundTripsEveryField()
    {
        var original = PolicyMetadataJson.Parse(Complete, "meta.json").Metadata!;

        var again = PolicyMetadataJson.Parse(PolicyMetadataJson.Write(original), "written.json").Metadata!;

        Assert.Equal(PolicyMetadataJson.Write(original), PolicyMetadataJson.Write(again));
        Assert.Equal(original.Requirements, again.Requirements);
        Assert.Equal(original with { Requirements = again.Requirements, ImplementingProcedures = again.ImplementingProcedures }, again);
    }

    [Fact]
    public void Write_AbsentOptionalFields_LeavesThemOut()
    {
        var json = PolicyMetadataJson.Write(new PolicyMetadata { PolicyId = "POL-1", Title = "T", Owner = "o" });

        Assert.DoesNotContain("approver", json);
        Assert.Contains("\"version\": \"1.0\"", json);
        Assert.Contains("\"status\": \"Draft\"", json);
    }
}
