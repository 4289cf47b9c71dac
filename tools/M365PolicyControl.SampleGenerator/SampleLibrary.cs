using System.Text.Json;
using System.Text.Json.Serialization;

namespace M365PolicyControl.SampleGenerator;

/// <summary>All sample documents, and the writer of the folder the demo imports.</summary>
public static class SampleLibrary
{
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Every sample, policies first.</summary>
    public static IReadOnlyList<SampleDocument> Documents { get; } =
        [.. SamplePolicies.All(), .. SamplePolicies2.All(), .. SampleProcedures.All()];

    /// <summary>Writes every document and <c>manifest.json</c> into a folder; returns the documents written.</summary>
    public static IReadOnlyList<SampleDocument> WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var document in Documents)
        {
            DocxWriter.Write(document, Path.Combine(folder, document.FileName));
        }

        File.WriteAllText(Path.Combine(folder, "manifest.json"), ManifestText() + "\n");
        return Documents;
    }

    /// <summary>The manifest in the shape <c>policyctl import --metadata</c> reads (camelCase, like PolicyMetadata).</summary>
    public static string ManifestText() => JsonSerializer.Serialize(new
    {
        documents = Documents.Select(d => new
        {
            file = d.FileName,
            policyId = d.PolicyId,
            title = d.Title,
            kind = d.Kind,
            safeguardArea = d.SafeguardArea,
            owner = d.Owner,
            backupOwner = d.BackupOwner,
            reviewCadenceMonths = d.ReviewCadenceMonths,
            requirements = d.Requirements,
            implementingProcedures = d.ImplementingProcedures,
            effectiveDate = d.EffectiveDate,
            changeSummary = d.ChangeSummary,
        }),
    }, ManifestJson);
}
