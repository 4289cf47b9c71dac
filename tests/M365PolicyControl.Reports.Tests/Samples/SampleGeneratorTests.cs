using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using M365PolicyControl.SampleGenerator;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Reports.Tests.Samples;

/// <summary>The committed samples are exactly what the generator writes (zip timestamps aside).</summary>
public sealed class SampleGeneratorTests
{
    [Fact]
    public void RegeneratingGivesTheCommittedManifestAndDocuments()
    {
        using var temp = new TempFolder();

        var written = SampleLibrary.WriteAll(temp.Path);

        Assert.Equal(
            File.ReadAllText(Path.Combine(SampleManifestFile.Folder, "manifest.json")),
            File.ReadAllText(temp.File("manifest.json")));
        foreach (var document in written)
        {
            using var fresh = WordprocessingDocument.Open(temp.File(document.FileName), false);
            using var committed = WordprocessingDocument.Open(Path.Combine(SampleManifestFile.Folder, document.FileName), false);
            Assert.Equal(WithoutRelationshipIds(committed.MainDocumentPart!.Document.OuterXml), WithoutRelationshipIds(fresh.MainDocumentPart!.Document.OuterXml));
            Assert.Equal(committed.MainDocumentPart.StyleDefinitionsPart!.Styles!.OuterXml, fresh.MainDocumentPart.StyleDefinitionsPart!.Styles!.OuterXml);
            Assert.Equal(committed.MainDocumentPart.HeaderParts.Single().Header.OuterXml, fresh.MainDocumentPart.HeaderParts.Single().Header.OuterXml);
        }
    }

    // Relationship ids to the header and footer parts are generated afresh on every run.
    private static string WithoutRelationshipIds(string xml) => Regex.Replace(xml, "r:id=\"[^\"]+\"", "r:id=\"\"");
}
