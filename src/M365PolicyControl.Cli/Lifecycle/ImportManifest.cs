using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Cli.Lifecycle;

/// <summary>
/// Reads the metadata manifest given to <c>import --metadata</c>: JSON (an array, or an object with <c>documents</c>)
/// or CSV with a header row. Each entry names its <c>file</c> and carries PolicyMetadata's camelCase fields;
/// list fields in CSV are separated by ';'.
/// </summary>
internal static class ImportManifest
{
    /// <summary>Entries keyed by file name (case-insensitive).</summary>
    /// <exception cref="InvalidDataException">The manifest cannot be read; the message names the file, the entry and the reason.</exception>
    public static IReadOnlyDictionary<string, PolicyMetadata> Read(string path)
    {
        if (!Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJsonValidated(path);
        }

        var rows = ReadCsv(path);
        var result = new Dictionary<string, PolicyMetadata>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var row in rows)
        {
            index++;
            var file = Value(row, "file") ?? throw new InvalidDataException($"{path}: entry {index} has no 'file'.");
            result[Path.GetFileName(file)] = ToMetadata(row, $"{path}: entry {index} ({file})");
        }

        return result;
    }

    private static PolicyMetadata ToMetadata(IReadOnlyDictionary<string, string?> row, string where)
    {
        string Required(string name) => Value(row, name) ?? throw new InvalidDataException($"{where}: '{name}' is missing.");
        return new PolicyMetadata
        {
            PolicyId = Required("policyId"),
            Title = Required("title"),
            Owner = Required("owner"),
            Kind = Value(row, "kind") is { } kind ? Parse<DocumentKind>(kind, where) : DocumentKind.Policy,
            BackupOwner = Value(row, "backupOwner"),
            EffectiveDate = Value(row, "effectiveDate") is { } date ? ParseDate(date, where) : null,
            ReviewCadenceMonths = Value(row, "reviewCadenceMonths") is { } months
                ? int.Parse(months, CultureInfo.InvariantCulture)
                : PolicyMetadata.DefaultReviewCadenceMonths,
            Requirements = List(row, "requirements"),
            ImplementingProcedures = List(row, "implementingProcedures"),
            ChangeSummary = Value(row, "changeSummary"),
        };
    }

    private static T Parse<T>(string text, string where) where T : struct, Enum =>
        Enum.TryParse<T>(text.Replace(" ", string.Empty, StringComparison.Ordinal), true, out var value)
            ? value
            : throw new InvalidDataException($"{where}: '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

    private static DateOnly ParseDate(string text, string where) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidDataException($"{where}: '{text}' is not a date in yyyy-MM-dd form.");

    private static string? Value(IReadOnlyDictionary<string, string?> row, string name) =>
        row.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string[] List(IReadOnlyDictionary<string, string?> row, string name) =>
        Value(row, name)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>
    /// Each JSON entry is read and validated by Core's <see cref="PolicyMetadataJson"/> (fields, citations, ids, dates)
    /// without the manifest's own keys; every problem of every entry is listed, each naming the file and the entry.
    /// </summary>
    private static Dictionary<string, PolicyMetadata> ReadJsonValidated(string path)
    {
        var result = new Dictionary<string, PolicyMetadata>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        var index = 0;
        foreach (var entry in JsonEntries(path))
        {
            index++;
            if (entry is not JsonObject fields || fields["file"]?.GetValueKind() != JsonValueKind.String)
            {
                problems.Add($"{path}: entry {index}: has no 'file' naming the Word file it describes.");
                continue;
            }

            var file = fields["file"]!.GetValue<string>();
            foreach (var key in ManifestOnlyKeys)
            {
                fields.Remove(key);
            }

            var read = PolicyMetadataJson.Parse(fields.ToJsonString(), $"{path}: entry {index} ({file})", LifecycleHost.Parser);
            problems.AddRange(read.Describe());
            if (read.Metadata is { } metadata && read.IsValid)
            {
                result[Path.GetFileName(file)] = metadata;
            }
        }

        return problems.Count == 0 ? result : throw new InvalidDataException(string.Join(Environment.NewLine, problems));
    }

    /// <summary>Keys a manifest entry carries besides the metadata: the file it describes, and the area the library derives itself.</summary>
    private static readonly string[] ManifestOnlyKeys = ["file", "safeguardArea"];

    private static JsonArray JsonEntries(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: is not valid JSON: {e.Message}", e);
        }

        return root switch
        {
            JsonArray array => array,
            JsonObject o when o["documents"] is JsonArray documents => documents,
            JsonObject o when o["policies"] is JsonArray policies => policies,
            _ => throw new InvalidDataException($"{path}: expected an array or an object with 'documents'."),
        };
    }

    private static IEnumerable<IReadOnlyDictionary<string, string?>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var rows = new List<IReadOnlyDictionary<string, string?>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h), StringComparer.OrdinalIgnoreCase));
        }

        return rows;
    }
}
