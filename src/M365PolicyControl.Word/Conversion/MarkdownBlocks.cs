using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace M365PolicyControl.Word.Conversion;

/// <summary>A block of a markdown document reduced to what a simple Word document needs.</summary>
/// <param name="HeadingLevel">1-6 for a heading, 0 for a paragraph.</param>
/// <param name="Text">Plain text with inline markdown removed and HTML entities decoded.</param>
internal sealed record MarkdownBlock(int HeadingLevel, string Text);

/// <summary>
/// Splits markdown into headings (<c>#</c> lines) and paragraphs (runs of text lines, list items and table
/// rows each on their own). Only what policy texts use is understood; anything else stays as plain text.
/// </summary>
internal static partial class MarkdownBlocks
{
    public static IReadOnlyList<MarkdownBlock> Parse(string markdown)
    {
        var blocks = new List<MarkdownBlock>();
        var paragraph = new StringBuilder();
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("```", StringComparison.Ordinal) || TableRule().IsMatch(line))
            {
                Flush(blocks, paragraph);
                continue;
            }

            if (Heading().Match(line) is { Success: true } heading)
            {
                Flush(blocks, paragraph);
                blocks.Add(new MarkdownBlock(heading.Groups[1].Length, Inline(heading.Groups[2].Value)));
                continue;
            }

            if (ListItem().IsMatch(line) || line.StartsWith('|'))
            {
                Flush(blocks, paragraph);
                blocks.Add(new MarkdownBlock(0, Inline(ListItem().Replace(line, "• ").Trim('|').Replace("|", "\t", StringComparison.Ordinal))));
                continue;
            }

            paragraph.Append(paragraph.Length > 0 ? " " : string.Empty).Append(line);
        }

        Flush(blocks, paragraph);
        return blocks.Where(b => b.Text.Length > 0).ToArray();
    }

    private static void Flush(List<MarkdownBlock> blocks, StringBuilder paragraph)
    {
        if (paragraph.Length > 0)
        {
            blocks.Add(new MarkdownBlock(0, Inline(paragraph.ToString())));
            paragraph.Clear();
        }
    }

    private static string Inline(string text)
    {
        var withoutImages = Image().Replace(text, string.Empty);
        var withoutLinks = Link().Replace(withoutImages, "$1");
        var withoutEmphasis = Emphasis().Replace(withoutLinks, string.Empty);
        return WebUtility.HtmlDecode(withoutEmphasis).Trim();
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^([*+-]|\d+[.)])\s+")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\|?\s*:?-{3,}")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*|__|`")]
    private static partial Regex Emphasis();
}
