using System.Globalization;
using System.Text.Json;
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
        var rows = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(path) : ReadJson(path);
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

    private static IEnumerable<IReadOnlyDictionary<string, string?>> ReadJson(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var entries = root.ValueKind == JsonValueKind.Array ? root
            : root.TryGetProperty("documents", out var documents) ? documents
            : root.TryGetProperty("policies", out var policies) ? policies
            : throw new InvalidDataException($"{path}: expected an array or an object with 'documents'.");
        return entries.EnumerateArray().Select(e => (IReadOnlyDictionary<string, string?>)e.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Array => string.Join(";", p.Value.EnumerateArray().Select(v => v.ToString())),
                JsonValueKind.Null => null,
                _ => p.Value.ToString(),
            },
            StringComparer.OrdinalIgnoreCase)).ToArray();
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
