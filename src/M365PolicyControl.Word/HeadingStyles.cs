using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>
/// Which paragraph styles are headings, and at what level: a style named "heading N", "Title", or one with an
/// outline level of its own or through its basedOn chain.
/// </summary>
internal sealed class HeadingStyles
{
    private const int MaxBasedOnDepth = 16;

    private readonly Dictionary<string, int> _levelByStyleId;

    private HeadingStyles(Dictionary<string, int> levelByStyleId) => _levelByStyleId = levelByStyleId;

    public static HeadingStyles None { get; } = new([]);

    public static HeadingStyles From(StyleDefinitionsPart? part)
    {
        var styles = part?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null && (s.Type is null || s.Type.InnerText == "paragraph"))
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (styles is null)
        {
            return None;
        }

        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in styles.Keys)
        {
            if (LevelOf(id, styles, 0) is { } level)
            {
                levels[id] = level;
            }
        }

        return new HeadingStyles(levels);
    }

    /// <summary>The heading level (1-9) of a paragraph, or null for body text.</summary>
    public int? LevelOf(ParagraphProperties? properties)
    {
        if (properties?.OutlineLevel?.Val?.Value is { } outline)
        {
            return outline < 9 ? outline + 1 : null;
        }

        var styleId = properties?.ParagraphStyleId?.Val?.Value;
        return styleId is not null && _levelByStyleId.TryGetValue(styleId, out var level) ? level : null;
    }

    private static int? LevelOf(string id, Dictionary<string, Style> styles, int depth)
    {
        if (depth > MaxBasedOnDepth || !styles.TryGetValue(id, out var style))
        {
            return null;
        }

        if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline)
        {
            return outline < 9 ? outline + 1 : null;
        }

        if (LevelFromName(style.StyleName?.Val?.Value) is { } named)
        {
            return named;
        }

        return style.BasedOn?.Val?.Value is { } parent ? LevelOf(parent, styles, depth + 1) : null;
    }

    private static int? LevelFromName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        if (name.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        const string heading = "heading ";
        return name.StartsWith(heading, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(name.AsSpan(heading.Length), out var level) && level is >= 1 and <= 9
                ? level
                : null;
    }
}
