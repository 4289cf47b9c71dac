using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Reports.Tests.Samples;

public sealed class SamplePolicyTests
{
    public static TheoryData<string> Files() => [.. SampleManifestFile.Load().Documents.Select(d => d.File)];

    private static WordprocessingDocument Open(string file) =>
        WordprocessingDocument.Open(Path.Combine(SampleManifestFile.Folder, file), isEditable: false);

    private static string[] Headings(WordprocessingDocument word, string style) =>
        word.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => p.InnerText)
            .ToArray();

    [Fact]
    public void Manifest_ListsTenToFourteenDocumentsThatAllExist()
    {
        var documents = SampleManifestFile.Load().Documents;

        Assert.InRange(documents.Length, 10, 14);
        Assert.All(documents, d => Assert.True(File.Exists(Path.Combine(SampleManifestFile.Folder, d.File)), d.File));
        Assert.Equal(documents.Length, documents.Select(d => d.PolicyId).Distinct().Count());
        Assert.Contains(documents, d => d.Kind == "Procedure");
        Assert.All(documents, d => Assert.Matches(@"^(olivia|oscar)\.owner@contoso\.onmicrosoft\.com$", d.Owner));
        Assert.All(documents, d => Assert.NotEqual(d.Owner, d.BackupOwner));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EachSample_OpensAndValidatesWithoutErrors(string file)
    {
        using var word = Open(file);

        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();

        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EachSample_HasStyledHeadingsAHeaderAndAFooter(string file)
    {
        using var word = Open(file);
        var main = word.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToHashSet();

        Assert.Contains("Heading1", styles);
        Assert.Contains("Heading2", styles);
        Assert.NotEmpty(Headings(word, "Heading1"));
        Assert.Contains("Contoso Health", Assert.Single(main.HeaderParts).Header.InnerText, StringComparison.Ordinal);
        Assert.Contains("not controlled", Assert.Single(main.FooterParts).Footer.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Procedures_HaveTriggerRolesStepsAndEvidenceWithNumberedStepsAndATable()
    {
        foreach (var entry in SampleManifestFile.Load().Documents.Where(d => d.Kind == "Procedure"))
        {
            using var word = Open(entry.File);
            var body = word.MainDocumentPart!.Document.Body!;

            Assert.Superset(new HashSet<string> { "Trigger", "Roles", "Steps", "Evidence" }, Headings(word, "Heading1").ToHashSet());
            Assert.NotEmpty(body.Elements<Table>());
            Assert.True(body.Descendants<NumberingId>().Count() >= 3, $"{entry.File} has numbered steps");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void TheTextCitesExactlyTheRequirementsTheManifestMaps(string file)
    {
        var entry = SampleManifestFile.Load().Documents.Single(d => d.File == file);
        using var word = Open(file);
        var text = string.Join("\n", word.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText));

        var found = CitationParser.Default.FindInText(text)
            .SelectMany(r => r.Requirements)
            .Select(r => r.Citation)
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(entry.Requirements.Order(StringComparer.Ordinal), found);
        Assert.All(entry.Requirements, c => Assert.NotNull(SecurityRuleCatalog.Default.Find(c)));
    }

    [Fact]
    public void TheCitationsAreWrittenInVariedForms()
    {
        var text = string.Join("\n", SampleManifestFile.Load().Documents.Select(d =>
        {
            using var word = Open(d.File);
            return word.MainDocumentPart!.Document.Body!.InnerText;
        }));

        Assert.Contains("§164.308(a)(1)(ii)(A)", text, StringComparison.Ordinal);
        Assert.Contains("45 CFR 164.312(b)", text, StringComparison.Ordinal);
        Assert.Contains("164.310(d)(2)(i)-(ii)", text, StringComparison.Ordinal);
        Assert.Contains("45 C.F.R. § 164.308", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TogetherTheSamplesMapAtLeastHalfTheCatalogAndLeaveRealGaps()
    {
        var documents = SampleManifestFile.Load().Documents.Select(d => new ControlledDocument
        {
            PolicyId = d.PolicyId,
            Title = d.Title,
            Kind = Enum.Parse<DocumentKind>(d.Kind),
            Status = PolicyStatus.Effective,
            NextReviewDue = new DateOnly(2026, 7, 1),
            Owner = d.Owner,
            Requirements = d.Requirements,
        }).ToArray();

        var report = CoverageCalculator.Compute(new CoverageInput(SecurityRuleCatalog.Default, new DateOnly(2025, 7, 1)) { Documents = documents });

        var mapped = report.Rows.Count(r => r.Status != CoverageStatus.Gap);
        Assert.InRange(mapped, 33, 60);
        Assert.InRange(report.Overall.Counts[CoverageStatus.Covered], 10, 40);
        Assert.Empty(report.Warnings);
        string[] gaps = ["164.308(a)(4)(ii)(A)", "164.308(a)(7)(ii)(E)", "164.310(a)(2)(iv)", "164.312(c)(2)", "164.314(b)(1)", "164.314(b)(2)"];
        Assert.All(gaps, g => Assert.Equal(CoverageStatus.Gap, report[g].Status));
    }

    [Fact]
    public void ImplementingProceduresNameProceduresInTheSet()
    {
        var documents = SampleManifestFile.Load().Documents;
        var procedures = documents.Where(d => d.Kind == "Procedure").Select(d => d.PolicyId).ToHashSet();

        Assert.All(documents.SelectMany(d => d.ImplementingProcedures), id => Assert.Contains(id, procedures));
    }
}
