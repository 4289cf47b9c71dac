using M365PolicyControl.Core.Catalog;

namespace M365PolicyControl.Core.Tests.Catalog;

public sealed class CitationFinderTests
{
    private static readonly CitationParser Parser = CitationParser.Default;

    [Fact]
    public void FindInText_MarkdownWithManyForms_FindsEachInOrderOfAppearance()
    {
        const string body = """
            ## Applicable Standards
            * 45 CFR §164.308(a)(5)(ii)(B) & &lpar;C&rpar; - Protection from Malicious Software
            * 164.310(b-c) Workstation Use & Security
            * 45 CFR §164.312&lpar;c&rpar;(2) - Mechanism to Authenticate ePHI
            Officers are appointed [164.308(a)(2)] as required, see also 45 C.F.R. § 164.410.
            """;

        var found = Parser.FindInText(body);

        Assert.Equal(
            ["164.308(a)(5)(ii)(B), (C)", "164.310(b-c)", "164.312(c)(2)", "164.308(a)(2)", "164.410"],
            found.Select(f => f.Normalized));
        Assert.Equal("45 CFR §164.312&lpar;c&rpar;(2)", found[2].Written);
        Assert.Equal(CitationMatch.OutsideSecurityRule, found[4].Match);
    }

    [Fact]
    public void FindInText_SameCitationWrittenTwoWays_IsReportedOnce()
    {
        var found = Parser.FindInText("See 164.312(c)(2). Again: §164.312&lpar;c&rpar;(2), and 164.312 (c) (2).");

        var single = Assert.Single(found);
        Assert.Equal("164.312(c)(2)", single.Normalized);
        Assert.Equal("164.312(c)(2)", single.Written);
    }

    [Fact]
    public void FindInText_ParenthesisedProseAfterCitation_IsNotTakenAsAParagraph()
    {
        var found = Parser.FindInText("The rule 164.312(b) (the audit standard) and 164.308(a)(1) (see below) apply.");

        Assert.Equal(["164.312(b)", "164.308(a)(1)"], found.Select(f => f.Normalized));
    }

    [Fact]
    public void FindInText_NumbersThatAreNotHipaaSections_AreIgnored()
    {
        var found = Parser.FindInText("Host 10.164.308.1, version 2164.308, price 164.3080 and 13402(a).");

        Assert.Empty(found);
    }

    [Fact]
    public void FindInText_TitleWithDashAfterCitation_DoesNotBecomeARange()
    {
        var found = Parser.FindInText("* 164.308(a)(8) - HIPAA Security Rule Evaluation\n* 164.308(a)(6) - Security Incident Procedures");

        Assert.Equal(["164.308(a)(8)", "164.308(a)(6)"], found.Select(f => f.Normalized));
        Assert.Equal(CitationMatch.Standard, found[1].Match);
    }

    [Fact]
    public void FindInText_UnknownCitationInText_IsReportedAsRefused()
    {
        var found = Parser.FindInText("Our control 164.312(f) covers this.");

        Assert.True(Assert.Single(found).IsRefused);
    }

    [Fact]
    public void FindInText_EmptyText_FindsNothing()
    {
        Assert.Empty(Parser.FindInText(""));
    }
}
