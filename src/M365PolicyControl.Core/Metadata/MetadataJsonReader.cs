using System.Globalization;
using System.Text.Json;

namespace M365PolicyControl.Core.Metadata;

/// <summary>Reads typed fields from the metadata JSON object, noting a problem for every field of the wrong shape.</summary>
internal sealed class MetadataJsonReader(JsonElement root)
{
    private readonly List<MetadataProblem> _problems = [];

    public IReadOnlyList<MetadataProblem> Problems => _problems;

    public string? String(string field) => Read(field, e => e.ValueKind == JsonValueKind.String ? e.GetString() : null, "a string");

    public T? Enum<T>(string field)
        where T : struct, Enum
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }

        var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (System.Enum.TryParse<T>(compact, ignoreCase: true, out var value) && System.Enum.IsDefined(value) && !char.IsDigit(compact[0]))
        {
            return value;
        }

        Note(field, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}");
        return null;
    }

    public PolicyVersion? Version(string field)
    {
        var text = Read(field, e => e.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()) : null, "a version string such as \"1.0\"");
        if (text is null)
        {
            return null;
        }

        if (PolicyVersion.TryParse(text, out var version))
        {
            return version;
        }

        Note(field, $"'{text}' is not a major.minor version such as 1.0 or 0.3");
        return null;
    }

    public DateOnly? Date(string field)
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Note(field, $"'{text}' is not an ISO 8601 date (yyyy-MM-dd)");
        return null;
    }

    public int? Integer(string field) =>
        Read(field, e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var n) ? n : (int?)null, "a whole number");

    public IReadOnlyList<string>? Strings(string field) =>
        Read(field, e => e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String)
            ? e.EnumerateArray().Select(i => i.GetString()!).ToArray()
            : null, "an array of strings");

    /// <summary>Notes every property that is not a metadata field, naming the field it most resembles, and every field given twice.</summary>
    public void RejectUnknownAndRepeated(IReadOnlyCollection<string> known)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in root.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Note(property.Name, "is given more than once");
            }

            if (!known.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                var like = known.MinBy(k => Catalog.Parsing.EditDistance.Between(k.ToLowerInvariant(), property.Name.ToLowerInvariant()));
                Note(property.Name, $"is not a metadata field (did you mean '{like}'?)");
            }
        }
    }

    private T? Read<T>(string field, Func<JsonElement, T?> convert, string expected)
    {
        var property = root.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        if (property.Value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return default;
        }

        var value = convert(property.Value);
        if (value is null)
        {
            Note(field, $"must be {expected}, not {property.Value.ValueKind.ToString().ToLowerInvariant()} {Shorten(property.Value.GetRawText())}");
        }

        return value;
    }

    private static string Shorten(string raw) => raw.Length <= 40 ? raw : raw[..37] + "...";

    private void Note(string field, string message) => _problems.Add(new MetadataProblem(field, message));
}
