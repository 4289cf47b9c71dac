using System.Text.Json;
using System.Text.Json.Serialization;
using M365PolicyControl.Core.Coverage;

namespace M365PolicyControl.Reports.Matrix;

/// <summary>A roll-up as the JSON matrix carries it.</summary>
public sealed record MatrixRollup(
    string Key, string Title, int Total, IReadOnlyDictionary<CoverageStatus, int> Counts, double CoveredPercent, double SatisfiedPercent)
{
    public static MatrixRollup From(CoverageRollup r) => new(r.Key, r.Title, r.Total, r.Counts, r.CoveredPercent, r.SatisfiedPercent);
}

/// <summary>The JSON form of the coverage matrix (camelCase, statuses as names).</summary>
public sealed record MatrixDocument(
    string CatalogId,
    string CatalogTitle,
    DateOnly AsOf,
    MatrixRollup Overall,
    IReadOnlyList<MatrixRollup> BySafeguard,
    IReadOnlyList<MatrixRollup> ByStandard,
    IReadOnlyList<MatrixRow> Rows,
    IReadOnlyList<string> Warnings)
{
    public static MatrixDocument From(CoverageReport report) => new(
        report.Catalog.Id,
        report.Catalog.Title,
        report.AsOf,
        MatrixRollup.From(report.Overall),
        report.BySafeguard.Select(MatrixRollup.From).ToArray(),
        report.ByStandard.Select(MatrixRollup.From).ToArray(),
        MatrixRow.From(report),
        report.Warnings);
}

/// <summary>Writes and reads the coverage matrix as JSON.</summary>
public static class JsonMatrixWriter
{
    /// <summary>The serializer options of the JSON matrix: camelCase, indented, enums as strings.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Task WriteAsync(CoverageReport report, Stream output, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(output, MatrixDocument.From(report), Options, cancellationToken);

    /// <summary>Reads a matrix written by <see cref="WriteAsync"/>.</summary>
    /// <exception cref="JsonException">The stream is not a JSON matrix.</exception>
    public static async Task<MatrixDocument> ReadAsync(Stream input, CancellationToken cancellationToken = default) =>
        await JsonSerializer.DeserializeAsync<MatrixDocument>(input, Options, cancellationToken)
        ?? throw new JsonException("The JSON matrix is empty (null).");
}
