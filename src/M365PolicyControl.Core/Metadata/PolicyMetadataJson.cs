using System.Text.Json;
using System.Text.Json.Nodes;
using M365PolicyControl.Core.Catalog;

namespace M365PolicyControl.Core.Metadata;

/// <summary>
/// The JSON form of <see cref="PolicyMetadata"/> given to <c>--metadata</c>: camelCase names, enum values
/// as names (<c>"Procedure"</c>, <c>"InReview"</c> or <c>"In Review"</c>), version as <c>"1.0"</c>, dates
/// as ISO 8601 <c>yyyy-MM-dd</c>.
/// </summary>
public static class PolicyMetadataJson
{
    private static readonly string[] Fields =
    [
        "policyId", "title", "kind", "version", "status", "effectiveDate", "owner", "backupOwner", "approver", "approvedOn",
        "lastReviewed", "nextReviewDue", "reviewCadenceMonths", "requirements", "implementingProcedures", "changeSummary",
    ];

    private static readonly JsonDocumentOptions ReadOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>
    /// Reads and validates metadata JSON. Never throws for bad input: JSON that does not parse gives one
    /// problem with its line and position; otherwise every shape and validation problem is listed.
    /// </summary>
    public static MetadataReadResult Parse(string json, string sourceName, CitationParser? parser = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ReadOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : "";
            return Failed(sourceName, new MetadataProblem("json", $"is not valid JSON{where}: {FirstSentence(e.Message)}"));
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? Read(document.RootElement, sourceName, parser ?? CitationParser.Default)
                : Failed(sourceName, new MetadataProblem("json", $"must be an object, not {document.RootElement.ValueKind.ToString().ToLowerInvariant()}"));
        }
    }

    /// <summary>Writes metadata in the same JSON form, indented; absent optional fields are left out.</summary>
    public static string Write(PolicyMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var json = new JsonObject
        {
            ["policyId"] = metadata.PolicyId,
            ["title"] = metadata.Title,
            ["kind"] = metadata.Kind.ToString(),
            ["version"] = metadata.Version.ToString(),
            ["status"] = metadata.Status.ToString(),
            ["effectiveDate"] = Iso(metadata.EffectiveDate),
            ["owner"] = metadata.Owner,
            ["backupOwner"] = metadata.BackupOwner,
            ["approver"] = metadata.Approver,
            ["approvedOn"] = Iso(metadata.ApprovedOn),
            ["lastReviewed"] = Iso(metadata.LastReviewed),
            ["nextReviewDue"] = Iso(metadata.NextReviewDue),
            ["reviewCadenceMonths"] = metadata.ReviewCadenceMonths,
            ["requirements"] = new JsonArray([.. metadata.Requirements.Select(r => JsonValue.Create(r))]),
            ["implementingProcedures"] = new JsonArray([.. metadata.ImplementingProcedures.Select(p => JsonValue.Create(p))]),
            ["changeSummary"] = metadata.ChangeSummary,
        };
        foreach (var absent in json.Where(p => p.Value is null).Select(p => p.Key).ToArray())
        {
            json.Remove(absent);
        }

        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static MetadataReadResult Read(JsonElement root, string sourceName, CitationParser parser)
    {
        var reader = new MetadataJsonReader(root);
        reader.RejectUnknownAndRepeated(Fields);
        var metadata = new PolicyMetadata
        {
            PolicyId = reader.String("policyId") ?? "",
            Title = reader.String("title") ?? "",
            Kind = reader.Enum<DocumentKind>("kind") ?? DocumentKind.Policy,
            Version = reader.Version("version") ?? new PolicyVersion(1, 0),
            Status = reader.Enum<PolicyStatus>("status") ?? PolicyStatus.Draft,
            EffectiveDate = reader.Date("effectiveDate"),
            Owner = reader.String("owner") ?? "",
            BackupOwner = reader.String("backupOwner"),
            Approver = reader.String("approver"),
            ApprovedOn = reader.Date("approvedOn"),
            LastReviewed = reader.Date("lastReviewed"),
            NextReviewDue = reader.Date("nextReviewDue"),
            ReviewCadenceMonths = reader.Integer("reviewCadenceMonths") ?? PolicyMetadata.DefaultReviewCadenceMonths,
            Requirements = reader.Strings("requirements") ?? [],
            ImplementingProcedures = reader.Strings("implementingProcedures") ?? [],
            ChangeSummary = reader.String("changeSummary"),
        };

        var shapeFields = reader.Problems.Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        var problems = reader.Problems
            .Concat(PolicyMetadataValidator.Validate(metadata, parser).Where(p => !shapeFields.Contains(p.Field)))
            .OrderBy(p => FieldOrder(p.Field))
            .ToArray();
        return new MetadataReadResult(sourceName, problems.Length == 0 ? metadata : null, problems);
    }

    private static int FieldOrder(string field)
    {
        var name = field.Split('[')[0];
        var index = Array.FindIndex(Fields, f => f.Equals(name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? -1 : index;
    }

    private static MetadataReadResult Failed(string sourceName, MetadataProblem problem) => new(sourceName, null, [problem]);

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string FirstSentence(string message) => message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.');
}
