using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Files;

namespace M365PolicyControl.Reports.Matrix;

/// <summary>The formats the coverage matrix is written in.</summary>
public enum MatrixFormat { Xlsx, Csv, Markdown, Json, Html }

/// <summary>Writes the coverage matrix in any <see cref="MatrixFormat"/>.</summary>
public static class MatrixWriter
{
    /// <summary>The usual file extension of a format, with the dot.</summary>
    public static string Extension(MatrixFormat format) => format switch
    {
        MatrixFormat.Markdown => ".md",
        _ => "." + format.ToString().ToLowerInvariant(),
    };

    /// <summary>Writes the matrix to a stream, which is left open.</summary>
    public static Task WriteAsync(CoverageReport report, MatrixFormat format, Stream output, CancellationToken cancellationToken = default) =>
        format switch
        {
            MatrixFormat.Xlsx => XlsxMatrixWriter.WriteAsync(report, output, cancellationToken),
            MatrixFormat.Csv => CsvMatrixWriter.WriteAsync(report, output, cancellationToken),
            MatrixFormat.Markdown => MarkdownMatrixWriter.WriteAsync(report, output, cancellationToken),
            MatrixFormat.Json => JsonMatrixWriter.WriteAsync(report, output, cancellationToken),
            MatrixFormat.Html => HtmlMatrixWriter.WriteAsync(report, output, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown matrix format."),
        };

    /// <summary>Writes the matrix to a file atomically: the file appears complete or not at all.</summary>
    public static Task WriteToFileAsync(CoverageReport report, MatrixFormat format, string path, CancellationToken cancellationToken = default) =>
        AtomicFile.WriteAsync(path, (stream, ct) => WriteAsync(report, format, stream, ct), cancellationToken);
}
