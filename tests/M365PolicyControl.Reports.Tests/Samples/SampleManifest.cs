using System.Text.Json;
using M365PolicyControl.TestSupport;

namespace M365PolicyControl.Reports.Tests.Samples;

/// <summary>provisioning/samples/manifest.json as committed.</summary>
internal sealed record SampleEntry(
    string File, string PolicyId, string Title, string Kind, string SafeguardArea, string Owner, string BackupOwner,
    int ReviewCadenceMonths, string[] Requirements, string[] ImplementingProcedures, string EffectiveDate, string ChangeSummary);

internal sealed record SampleManifestFile(SampleEntry[] Documents)
{
    public static string Folder => RepoPaths.InRepo("provisioning", "samples");

    public static SampleManifestFile Load() =>
        JsonSerializer.Deserialize<SampleManifestFile>(
            File.ReadAllText(Path.Combine(Folder, "manifest.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
