using System.Globalization;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.SharePoint.Lifecycle;

/// <summary>A library file read as a controlled document: its metadata plus the control facts kept beside it.</summary>
public sealed record PolicyRecord(LibraryFile File, PolicyMetadata Metadata)
{
    public string PolicyId => Metadata.PolicyId;

    public PolicyStatus Status => Metadata.Status;

    public string? BodyHash => File.Fields.Text(PolicyColumns.BodyHash);

    public string? AuthoredBy => File.Fields.Text(PolicyColumns.AuthoredBy);

    public string? LastEditedBy => File.Fields.Text(PolicyColumns.LastEditedBy);

    public string? SourceFileHash => File.Fields.Text(PolicyColumns.SourceFileHash);

    public DateOnly? RetainUntil => File.Fields.Date(PolicyColumns.RetainUntil);

    /// <summary>Reads a file's columns; null when the file carries no PolicyId (not a controlled document).</summary>
    public static PolicyRecord? From(LibraryFile file)
    {
        var fields = file.Fields;
        if (fields.Text(PolicyColumns.PolicyId) is not { } policyId)
        {
            return null;
        }

        var metadata = new PolicyMetadata
        {
            PolicyId = policyId,
            Title = fields.Text(PolicyColumns.Title) ?? Path.GetFileNameWithoutExtension(file.FileName),
            Kind = Enum.TryParse<DocumentKind>(fields.Text(PolicyColumns.DocumentKind), true, out var kind) ? kind : DocumentKind.Policy,
            Version = PolicyVersion.TryParse(file.VersionLabel, out var version) ? version.Value : new PolicyVersion(0, 1),
            Status = StatusNames.Parse(fields.Text(PolicyColumns.PolicyStatus)),
            EffectiveDate = fields.Date(PolicyColumns.EffectiveDate),
            Owner = fields.Text(PolicyColumns.PolicyOwner) ?? string.Empty,
            BackupOwner = fields.Text(PolicyColumns.BackupOwner),
            Approver = fields.Text(PolicyColumns.ApprovedBy),
            ApprovedOn = fields.Date(PolicyColumns.ApprovedOn),
            LastReviewed = fields.Date(PolicyColumns.LastReviewed),
            NextReviewDue = fields.Date(PolicyColumns.NextReviewDue),
            ReviewCadenceMonths = fields.Number(PolicyColumns.ReviewCadenceMonths) is { } months and > 0
                ? (int)months
                : PolicyMetadata.DefaultReviewCadenceMonths,
            Requirements = fields.List(PolicyColumns.Requirements),
            ImplementingProcedures = fields.List(PolicyColumns.ImplementingProcedures),
            ChangeSummary = fields.Text(PolicyColumns.ChangeSummary),
        };
        return new PolicyRecord(file, metadata);
    }
}

/// <summary>The display names the PolicyStatus choice column uses.</summary>
public static class StatusNames
{
    public static string Of(PolicyStatus status) => status == PolicyStatus.InReview ? "In Review" : status.ToString();

    public static PolicyStatus Parse(string? text) =>
        Enum.TryParse<PolicyStatus>(text?.Replace(" ", string.Empty, StringComparison.Ordinal), true, out var status)
            ? status
            : PolicyStatus.Draft;
}

/// <summary>Typed reads of plain column values.</summary>
internal static class FieldValues
{
    public static string? Text(this IReadOnlyDictionary<string, object?> fields, string name) =>
        fields.TryGetValue(name, out var value) && value is not null && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text
            ? text
            : null;

    public static DateOnly? Date(this IReadOnlyDictionary<string, object?> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value switch
        {
            DateOnly date => date,
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            DateTimeOffset offset => DateOnly.FromDateTime(offset.UtcDateTime),
            string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) =>
                DateOnly.FromDateTime(parsed.UtcDateTime),
            _ => null,
        } : null;

    public static double? Number(this IReadOnlyDictionary<string, object?> fields, string name) =>
        fields.TryGetValue(name, out var value) && value is not null
            && double.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    public static IReadOnlyList<string> List(this IReadOnlyDictionary<string, object?> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value switch
        {
            IEnumerable<string> items => items.ToArray(),
            string text when text.Length > 0 => text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            _ => [],
        } : [];
}
