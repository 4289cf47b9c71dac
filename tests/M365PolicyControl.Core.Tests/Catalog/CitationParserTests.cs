using M365PolicyControl.Core.Catalog;

namespace M365PolicyControl.Core.Tests.Catalog;

public sealed class CitationParserTests
{
    private static readonly CitationParser Parser = CitationParser.Default;

    private static string[] Citations(CitationResolution r) => r.Requirements.Select(q => q.Citation).ToArray();

    [Theory]
    [InlineData("164.308(a)(1)(ii)(A)")]
    [InlineData("§164.308(a)(1)(ii)(A)")]
    [InlineData("§ 164.308(a)(1)(ii)(A)")]
    [InlineData("45 CFR 164.308(a)(1)(ii)(A)")]
    [InlineData("45 CFR §164.308(a)(1)(ii)(A)")]
    [InlineData("45 C.F.R. § 164.308(a)(1)(ii)(A)")]
    [InlineData("  164.308 ( a ) ( 1 )( ii ) ( A )  ")]
    [InlineData("164.308(A)(1)(II)(a)")]
    [InlineData("164.308&lpar;a&rpar;&lpar;1&rpar;(ii)(A)")]
    [InlineData("&sect;164.308(a)(1)(ii)(A)")]
    [InlineData("&#167; 164.308&#x28;a&#x29;(1)(ii)(A)")]
    [InlineData("164.308\\(a\\)(1)(ii)(A)")]
    [InlineData("164.308('a')(1)(ii)('A')")]
    [InlineData("164.308(a)(1)(ii)(A) - Risk analysis")]
    [InlineData("164.308(a)(1)(ii)(A).")]
    public void Resolve_WrittenForms_NormaliseToOneExactEntry(string written)
    {
        var result = Parser.Resolve(written);

        Assert.Equal(CitationMatch.Exact, result.Match);
        Assert.Equal("164.308(a)(1)(ii)(A)", result.Normalized);
        Assert.Equal(["164.308(a)(1)(ii)(A)"], Citations(result));
        Assert.Equal(written, result.Written);
    }

    [Theory]
    [InlineData("45 C.F.R. § 164.312(b)", "164.312(b)")]
    [InlineData("164.312&lpar;c&rpar;(2)", "164.312(c)(2)")]
    [InlineData("164.312('c')(2)", "164.312(c)(2)")]
    [InlineData("164.308(a)(1)(ii)&lpar;c&rpar;", "164.308(a)(1)(ii)(C)")]
    [InlineData("164.314(a)(2)(iii)", "164.314(a)(2)(iii)")]
    public void Resolve_OtherExactForms_MapToTheEntry(string written, string expected)
    {
        var result = Parser.Resolve(written);

        Assert.Equal(CitationMatch.Exact, result.Match);
        Assert.Equal([expected], Citations(result));
    }

    [Theory]
    [InlineData("164.316(b)(1)(i)", "164.316(b)(1)")]
    [InlineData("164.308(a)(1)(ii)(A)(1)", "164.308(a)(1)(ii)(A)")]
    [InlineData("164.314(a)(1)(i)", "164.314(a)(1)")]
    [InlineData("164.308(a)(6)(i)(A)", "164.308(a)(6)(i)")]
    public void Resolve_ParagraphBelowCatalog_MapsToEnclosingEntry(string written, string expected)
    {
        var result = Parser.Resolve(written);

        Assert.Equal(CitationMatch.Enclosing, result.Match);
        Assert.Equal(written, result.Normalized);
        Assert.Equal([expected], Citations(result));
    }

    [Theory]
    [InlineData("164.308(a)(6)", "164.308(a)(6)(i)")]
    [InlineData("164.308(a)(1)", "164.308(a)(1)(i)")]
    [InlineData("164.308(a)(7)", "164.308(a)(7)(i)")]
    [InlineData("164.310(a)", "164.310(a)(1)")]
    [InlineData("164.310(d)", "164.310(d)(1)")]
    [InlineData("164.312(c)", "164.312(c)(1)")]
    [InlineData("164.308(b)", "164.308(b)(1)")]
    [InlineData("164.316(b)", "164.316(b)(1)")]
    [InlineData("164.314(a)", "164.314(a)(1)")]
    public void Resolve_StandardWithoutItsFirstParagraph_MapsToTheStandard(string written, string expected)
    {
        var result = Parser.Resolve(written);

        Assert.Equal(CitationMatch.Standard, result.Match);
        Assert.Equal([expected], Citations(result));
    }

    [Theory]
    [InlineData("164.310(b-c)", "164.310(b-c)", new[] { "164.310(b)", "164.310(c)" })]
    [InlineData("164.310(b)-(c)", "164.310(b)-(c)", new[] { "164.310(b)", "164.310(c)" })]
    [InlineData("164.310(b) – (c)", "164.310(b)-(c)", new[] { "164.310(b)", "164.310(c)" })]
    [InlineData("164.308(a)(5)(ii)(B) & (C)", "164.308(a)(5)(ii)(B), (C)", new[] { "164.308(a)(5)(ii)(B)", "164.308(a)(5)(ii)(C)" })]
    [InlineData("164.308(a)(5)(ii)(B) & &lpar;C&rpar;", "164.308(a)(5)(ii)(B), (C)", new[] { "164.308(a)(5)(ii)(B)", "164.308(a)(5)(ii)(C)" })]
    [InlineData("164.308(a)(5)(ii)(B), (C) and (D)", "164.308(a)(5)(ii)(B), (C), (D)",
        new[] { "164.308(a)(5)(ii)(B)", "164.308(a)(5)(ii)(C)", "164.308(a)(5)(ii)(D)" })]
    [InlineData("164.308(a)(5)(ii)(B, C)", "164.308(a)(5)(ii)(B,C)", new[] { "164.308(a)(5)(ii)(B)", "164.308(a)(5)(ii)(C)" })]
    [InlineData("164.312(a)(2)(i)–(iv)", "164.312(a)(2)(i)-(iv)",
        new[] { "164.312(a)(2)(i)", "164.312(a)(2)(ii)", "164.312(a)(2)(iii)", "164.312(a)(2)(iv)" })]
    [InlineData("164.312(a)(2)(i) through (iii)", "164.312(a)(2)(i)-(iii)",
        new[] { "164.312(a)(2)(i)", "164.312(a)(2)(ii)", "164.312(a)(2)(iii)" })]
    [InlineData("164.308(a)(1)(ii)(A)—164.308(a)(1)(ii)(C)", "164.308(a)(1)(ii)(A)-164.308(a)(1)(ii)(C)",
        new[] { "164.308(a)(1)(ii)(A)", "164.308(a)(1)(ii)(B)", "164.308(a)(1)(ii)(C)" })]
    [InlineData("164.316(a-b)", "164.316(a-b)", new[] { "164.316(a)", "164.316(b)(1)" })]
    [InlineData("164.308(a)(3)(ii)(A) and (a)(5)(ii)(A)", "164.308(a)(3)(ii)(A), (a)(5)(ii)(A)",
        new[] { "164.308(a)(3)(ii)(A)", "164.308(a)(5)(ii)(A)" })]
    public void Resolve_RangesAndLists_ExpandToEveryMember(string written, string normalized, string[] expected)
    {
        var result = Parser.Resolve(written);

        Assert.Equal(CitationMatch.Expanded, result.Match);
        Assert.Equal(normalized, result.Normalized);
        Assert.Equal(expected, Citations(result));
    }

    [Fact]
    public void Resolve_BareSection_ExpandsToThatSectionsStandardsOnly()
    {
        var result = Parser.Resolve("§ 164.310");

        Assert.Equal(CitationMatch.Expanded, result.Match);
        Assert.Equal("164.310", result.Normalized);
        Assert.Equal(["164.310(a)(1)", "164.310(b)", "164.310(c)", "164.310(d)(1)"], Citations(result));
    }

    [Fact]
    public void Resolve_ParagraphHoldingOnlySpecifications_ExpandsToThem()
    {
        var result = Parser.Resolve("164.308(a)(1)(ii)");

        Assert.Equal(CitationMatch.Expanded, result.Match);
        Assert.Equal(4, result.Requirements.Count);
        Assert.All(result.Requirements, r => Assert.Equal(RequirementKind.Specification, r.Kind));
    }

    [Fact]
    public void Resolve_SectionRange_ExpandsToEveryStandardOfTheCatalog()
    {
        var result = Parser.Resolve("§§ 164.308–164.316");

        Assert.Equal(CitationMatch.Expanded, result.Match);
        Assert.Equal("164.308-164.316", result.Normalized);
        Assert.Equal(22, result.Requirements.Count);
    }

    [Theory]
    [InlineData("164.530(i)", "164.530(i)")]
    [InlineData("45 CFR § 164.502(g)", "164.502(g)")]
    [InlineData("164.404", "164.404")]
    [InlineData("45 C.F.R. §160.103", "160.103")]
    [InlineData("164.504(e)(2)(ii)(G)", "164.504(e)(2)(ii)(G)")]
    [InlineData("164.306(b)(2)", "164.306(b)(2)")]
    public void Resolve_CitationOutsideTheCatalogSections_IsKeptUnmapped(string written, string normalized)
    {
        var result = Parser.Resolve(written);

        Assert.Equal(CitationMatch.OutsideSecurityRule, result.Match);
        Assert.Equal(normalized, result.Normalized);
        Assert.False(result.IsMapped);
        Assert.False(result.IsRefused);
    }

    [Theory]
    [InlineData("164.308(a)(9)", "164.308(a)(8)")]
    [InlineData("164.312(f)", "164.312(d)")]
    [InlineData("164.308(a)(5)(ii)(E)", "164.308(a)(5)(ii)(D)")]
    [InlineData("164.308(a)(6)(iii)", "164.308(a)(6)(ii)")]
    public void Resolve_UnknownSecurityRuleCitation_IsRefusedNamingNearest(string written, string nearest)
    {
        var result = Parser.Resolve(written);

        Assert.True(result.IsRefused);
        Assert.Empty(result.Requirements);
        Assert.Equal(nearest, result.Nearest[0]);
        Assert.Equal(3, result.Nearest.Count);
    }

    [Fact]
    public void Resolve_UnknownSpecification_NamesItsSiblingsBeforeOtherParagraphs()
    {
        var result = Parser.Resolve("164.308(a)(5)(ii)(E)");

        Assert.All(result.Nearest, n => Assert.StartsWith("164.308(a)(5)(ii)(", n));
    }

    [Theory]
    [InlineData("164.308(1)")]
    [InlineData("164.308(a)(1)(ii)(A)(1)(i)(a)")]
    [InlineData("164.308(a)(1)/9")]
    [InlineData("security management")]
    [InlineData("HITECH 13402(a)")]
    [InlineData("")]
    public void Resolve_TextThatIsNoSecurityRuleCitation_IsUnknown(string written)
    {
        var result = Parser.Resolve(written);

        Assert.Equal(CitationMatch.Unknown, result.Match);
        Assert.Equal(3, result.Nearest.Count);
    }

    [Fact]
    public void Resolve_ListWithOneUnknownMember_RefusesTheWholeCitation()
    {
        var result = Parser.Resolve("164.308(a)(5)(ii)(B) & (E)");

        Assert.True(result.IsRefused);
        Assert.Contains("164.308(a)(5)(ii)(D)", result.Nearest);
    }

    [Fact]
    public void ResolveAll_MixedSeparators_ResolvesEachItemAndKeepsContinuationsTogether()
    {
        var results = Parser.ResolveAll(
            "45 CFR 164.308(a)(1)(ii)(A), 164.312(b); 164.308(a)(5)(ii)(B) & (C) and 164.530(i)\n164.308(a)(9)");

        Assert.Equal(
            ["164.308(a)(1)(ii)(A)", "164.312(b)", "164.308(a)(5)(ii)(B), (C)", "164.530(i)", "164.308(a)(9)"],
            results.Select(r => r.Normalized));
        Assert.Equal(
            [CitationMatch.Exact, CitationMatch.Exact, CitationMatch.Expanded, CitationMatch.OutsideSecurityRule, CitationMatch.Unknown],
            results.Select(r => r.Match));
        Assert.Equal("164.308(a)(5)(ii)(B) & (C)", results[2].Written);
    }

    [Fact]
    public void ResolveAll_EntityEncodedContinuation_IsNotSplitAtTheEntity()
    {
        var results = Parser.ResolveAll("164.308(a)(5)(ii)(B) & &lpar;C&rpar; &amp; 164.312(b)");

        Assert.Equal(["164.308(a)(5)(ii)(B), (C)", "164.312(b)"], results.Select(r => r.Normalized));
    }
}
