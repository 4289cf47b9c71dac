using System.CommandLine;
using M365PolicyControl.Cli.Lifecycle;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Matrix;

namespace M365PolicyControl.Cli.Commands;

/// <summary><c>policyctl matrix --format xlsx|csv|md|json|html [-o FILE]</c>: the coverage matrix read from the library.</summary>
internal static class MatrixCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "xlsx, csv, md, json or html.", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("xlsx", "csv", "md", "markdown", "json", "html");
        var output = new Option<string?>("-o", "--output") { Description = "Output file (default coverage-matrix.<ext>)." };
        var tenant = new TenantOptions();
        var command = tenant.AddTo(new Command("matrix", "Write the policy-to-requirement coverage matrix.") { format, output });
        command.SetAction((parse, ct) => LifecycleVerb.RunAsync("matrix", tenant.Read(parse), async host =>
        {
            var matrixFormat = ParseFormat(parse.GetValue(format)!);
            var path = parse.GetValue(output) ?? "coverage-matrix" + MatrixWriter.Extension(matrixFormat);
            var report = CoverageCalculator.Compute(await host.Service.CoverageInputAsync(cancellationToken: ct));
            await MatrixWriter.WriteToFileAsync(report, matrixFormat, path, ct);
            Console.WriteLine($"Coverage matrix written to {Path.GetFullPath(path)} ({report.Rows.Count} requirements, {report.Documents.Count} documents).");
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    public static MatrixFormat ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "csv" => MatrixFormat.Csv,
        "md" or "markdown" => MatrixFormat.Markdown,
        "json" => MatrixFormat.Json,
        "html" => MatrixFormat.Html,
        _ => MatrixFormat.Xlsx,
    };
}
