using System.Globalization;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Word.Adapters;

/// <summary>
/// Reads back the metadata an earlier stamp wrote: the M365PC_ custom properties, and the citations from the
/// first column of the mapping table. Null for a document that was never stamped.
/// </summary>
internal static class StampMetadataReader
{
    public static PolicyMetadata? Read(Stream document)
    {
        using var package = WordprocessingDocument.Open(document, isEditable: false);
        var properties = package.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>()
            .Where(p => p.Name?.Value is not null)
            .GroupBy(p => p.Name!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().InnerText, StringComparer.Ordinal);
        if (properties is null || !properties.TryGetValue(StampPropertyNames.PolicyId, out var policyId) || policyId.Length == 0)
        {
            return null;
        }

        string? Text(string name) => properties.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
        DateOnly? Date(string name) => DateOnly.TryParseExact(Text(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

        return new PolicyMetadata
        {
            PolicyId = policyId,
            Title = Text(StampPropertyNames.Title) ?? policyId,
            Kind = Enum.TryParse<DocumentKind>(Text(StampPropertyNames.Kind), true, out var kind) ? kind : DocumentKind.Policy,
            Version = PolicyVersion.TryParse(Text(StampPropertyNames.Version), out var version) ? version.Value : new PolicyVersion(1, 0),
            Status = Enum.TryParse<PolicyStatus>(Text(StampPropertyNames.Status), true, out var status) ? status : PolicyStatus.Draft,
            EffectiveDate = Date(StampPropertyNames.EffectiveDate),
            Owner = Text(StampPropertyNames.Owner) ?? string.Empty,
            BackupOwner = Text(StampPropertyNames.BackupOwner),
            Approver = Text(StampPropertyNames.Approver),
            ApprovedOn = Date(StampPropertyNames.ApprovedOn),
            LastReviewed = Date(StampPropertyNames.LastReviewed),
            NextReviewDue = Date(StampPropertyNames.NextReviewDue),
            Requirements = MappedCitations(package),
        };
    }

    private static IReadOnlyList<string> MappedCitations(WordprocessingDocument package)
    {
        var mapping = package.MainDocumentPart?.Document?.Body?.Descendants<SdtBlock>()
            .FirstOrDefault(b => b.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == StampTags.Mapping);
        return mapping?.Descendants<Table>().FirstOrDefault()?.Elements<TableRow>()
            .Skip(1)
            .Select(row => row.Elements<TableCell>().FirstOrDefault()?.InnerText.Trim() ?? string.Empty)
            .Where(citation => citation.StartsWith("164.", StringComparison.Ordinal))
            .ToArray() ?? [];
    }
}
