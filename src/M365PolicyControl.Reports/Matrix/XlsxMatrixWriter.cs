using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Reports.Xlsx;
using static M365PolicyControl.Reports.Xlsx.SheetBuilder;

namespace M365PolicyControl.Reports.Matrix;

/// <summary>
/// The coverage matrix as an Excel workbook: sheet "Coverage" (one row per requirement, frozen header, autofilter,
/// status cells filled with the status colour) and sheet "Summary" (counts per safeguard area and standard).
/// </summary>
public static class XlsxMatrixWriter
{
    /// <summary>Name of the matrix worksheet.</summary>
    public const string CoverageSheet = "Coverage";

    /// <summary>Name of the roll-up worksheet.</summary>
    public const string SummarySheet = "Summary";

    private static readonly (string, double)[] CoverageColumns =
    [
        ("Citation", 22), ("Requirement", 44), ("Type", 14), ("R/A", 6), ("Safeguard", 16), ("Standard", 18),
        ("Status", 16), ("Policies", 30), ("Procedures", 30), ("Drafts", 24), ("Overdue", 24), ("Exception", 26),
        ("Decision", 28), ("Next review", 13), ("Owners", 36),
    ];

    public static async Task WriteAsync(CoverageReport report, Stream output, CancellationToken cancellationToken = default)
    {
        // The packaging layer needs a seekable stream; the workbook is small (one row per requirement).
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            Build(document, report);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static void Build(SpreadsheetDocument document, CoverageReport report)
    {
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Build();
        var coverage = CoverageWorksheet(report, out var filterRange);
        var summary = SummaryWorksheet(report);
        var sheets = new Sheets();
        AddSheet(workbookPart, sheets, CoverageSheet, coverage);
        AddSheet(workbookPart, sheets, SummarySheet, summary);
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView()),
            sheets,
            new DefinedNames(new DefinedName($"'{CoverageSheet}'!{Absolute(filterRange)}")
            {
                Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true,
            }));
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        var id = (uint)sheets.ChildElements.Count + 1;
        sheets.Append(new Sheet { Name = name, SheetId = id, Id = workbookPart.GetIdOfPart(part) });
    }

    private static Worksheet CoverageWorksheet(CoverageReport report, out string filterRange)
    {
        var sheet = new SheetBuilder(CoverageColumns);
        sheet.AddHeader();
        foreach (var row in MatrixRow.From(report))
        {
            sheet.AddRow(
            [
                Text(row.Citation), Text(row.Requirement), Text(row.Type), Text(row.Implementation), Text(row.Safeguard),
                Text(row.Standard), Text(StatusStyle.Label(row.Status), XlsxStyles.ForStatus(row.Status)),
                Text(Join(row.Policies)), Text(Join(row.Procedures)), Text(Join(row.Drafts)), Text(Join(row.Overdue)),
                Text(row.Exception), Text(row.Decision), Text(row.NextReviewDue), Text(Join(row.Owners)),
            ]);
        }

        filterRange = sheet.Range;
        return sheet.Build(autoFilter: true);
    }

    private static Worksheet SummaryWorksheet(CoverageReport report)
    {
        var statuses = Enum.GetValues<CoverageStatus>();
        (string, double)[] columns =
        [
            ("Group", 22), ("Title", 44), ("Total", 8), .. statuses.Select(s => (StatusStyle.Label(s), 12d)),
            ("Covered %", 11), ("Satisfied %", 11),
        ];
        var sheet = new SheetBuilder(columns);
        sheet.AddHeader();
        foreach (var rollup in new[] { report.Overall }.Concat(report.BySafeguard).Concat(report.ByStandard))
        {
            sheet.AddRow(
            [
                Text(rollup.Key), Text(rollup.Title), Number(rollup.Total),
                .. statuses.Select(s => Number(rollup.Counts[s])),
                Number(rollup.CoveredPercent), Number(rollup.SatisfiedPercent),
            ]);
        }

        return sheet.Build(autoFilter: false);
    }

    private static string Join(IReadOnlyList<string> items) => string.Join(", ", items);

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(cell =>
        {
            var digits = cell.IndexOfAny("0123456789".ToCharArray());
            return $"${cell[..digits]}${cell[digits..]}";
        }));
}
