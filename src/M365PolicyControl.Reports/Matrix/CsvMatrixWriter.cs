using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Files;

namespace M365PolicyControl.Reports.Matrix;

/// <summary>The coverage matrix as CSV: one header row, one row per requirement, status as its enum name.</summary>
public static class CsvMatrixWriter
{
    public static Task WriteAsync(CoverageReport report, Stream output, CancellationToken cancellationToken = default) =>
        CsvTables.WriteAsync(output, MatrixRow.From(report), cancellationToken: cancellationToken);

    /// <summary>Reads a matrix written by <see cref="WriteAsync"/> back into rows.</summary>
    public static Task<IReadOnlyList<MatrixRow>> ReadAsync(Stream input, CancellationToken cancellationToken = default) =>
        CsvTables.ReadAsync<MatrixRow>(input, cancellationToken: cancellationToken);
}
