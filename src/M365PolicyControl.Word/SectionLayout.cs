using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>The width one column of text has in a section: page width less margins, divided among its columns.</summary>
internal static class SectionLayout
{
    // Word's defaults: US Letter with one-inch margins.
    private const int DefaultPageWidth = 12240;
    private const int DefaultMargin = 1440;
    private const int DefaultColumnSpace = 720;
    private const int MinimumTextWidth = 2880;

    /// <summary>The text width of one column, in twentieths of a point (dxa).</summary>
    public static int ColumnWidthDxa(SectionProperties? section)
    {
        var columns = Math.Max(1, (int)Math.Min(ParseOr(section?.GetFirstChild<Columns>()?.ColumnCount?.InnerText, 1), 45));
        var space = ParseOr(section?.GetFirstChild<Columns>()?.Space?.InnerText, DefaultColumnSpace);
        var width = TextWidthDxa(section);
        return Math.Max(MinimumTextWidth, (width - ((columns - 1) * space)) / columns);
    }

    /// <summary>The text width of the whole page, all columns together, in dxa.</summary>
    public static int TextWidthDxa(SectionProperties? section)
    {
        var page = ParseOr(section?.GetFirstChild<PageSize>()?.Width?.InnerText, DefaultPageWidth);
        var margin = section?.GetFirstChild<PageMargin>();
        var left = ParseOr(margin?.Left?.InnerText, DefaultMargin);
        var right = ParseOr(margin?.Right?.InnerText, DefaultMargin);
        return Math.Max(MinimumTextWidth, page - left - right);
    }

    public static bool IsMultiColumn(SectionProperties? section) =>
        ParseOr(section?.GetFirstChild<Columns>()?.ColumnCount?.InnerText, 1) > 1;

    // Read as text: Strict documents write measures with units ("612pt"), which the typed accessors cannot parse.
    private static int ParseOr(string? value, int fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        var (number, twipsPerUnit) = value.Trim() switch
        {
            var v when v.EndsWith("pt", StringComparison.Ordinal) => (v[..^2], 20.0),
            var v when v.EndsWith("in", StringComparison.Ordinal) => (v[..^2], 1440.0),
            var v when v.EndsWith("mm", StringComparison.Ordinal) => (v[..^2], 1440.0 / 25.4),
            var v when v.EndsWith("cm", StringComparison.Ordinal) => (v[..^2], 1440.0 / 2.54),
            var v when v.EndsWith("pc", StringComparison.Ordinal) || v.EndsWith("pi", StringComparison.Ordinal) => (v[..^2], 240.0),
            var v => (v, 1.0),
        };
        return double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            && parsed >= 0 && parsed * twipsPerUnit < int.MaxValue
            ? (int)(parsed * twipsPerUnit)
            : fallback;
    }
}
