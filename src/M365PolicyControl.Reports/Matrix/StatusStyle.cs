using M365PolicyControl.Core.Coverage;

namespace M365PolicyControl.Reports.Matrix;

/// <summary>How each coverage status is named and coloured, the same in every format.</summary>
public static class StatusStyle
{
    /// <summary>A short label for people: "Policy only", "Gap".</summary>
    public static string Label(CoverageStatus status) => status switch
    {
        CoverageStatus.PolicyOnly => "Policy only",
        CoverageStatus.ProcedureOnly => "Procedure only",
        CoverageStatus.DraftOnly => "Draft only",
        _ => status.ToString(),
    };

    /// <summary>Background colour as six hex digits (RRGGBB), light enough for black text.</summary>
    public static string FillRgb(CoverageStatus status) => status switch
    {
        CoverageStatus.Covered => "C6EFCE",
        CoverageStatus.Decision => "BDD7EE",
        CoverageStatus.Exception => "D9D2E9",
        CoverageStatus.Stale => "F8CBAD",
        CoverageStatus.PolicyOnly => "FFEB9C",
        CoverageStatus.ProcedureOnly => "FFF2CC",
        CoverageStatus.DraftOnly => "E7E6E6",
        _ => "FFC7CE",
    };

    /// <summary>A CSS class name for the status: <c>status-policyonly</c>.</summary>
    public static string CssClass(CoverageStatus status) => "status-" + status.ToString().ToLowerInvariant();

    /// <summary>CSS rules giving every status class its background.</summary>
    public static string Css() => string.Concat(Enum.GetValues<CoverageStatus>()
        .Select(s => $".{CssClass(s)}{{background:#{FillRgb(s)}}}\n"));
}
