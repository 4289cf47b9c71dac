using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>Builds the product's block-level content controls and the small pieces of text inside them.</summary>
internal static class ContentControlFactory
{
    /// <summary>A locked block content control (not deletable, content not editable in Word) holding the given blocks.</summary>
    public static SdtBlock Block(string tag, string alias, int id, params OpenXmlElement[] content) => new(
        new SdtProperties(
            new SdtAlias { Val = alias },
            new Tag { Val = tag },
            new SdtId { Val = id },
            new DocumentFormat.OpenXml.Wordprocessing.Lock { Val = LockingValues.SdtContentLocked }),
        new SdtContentBlock(content));

    public static Paragraph Paragraph(string text, bool bold = false, int? halfPoints = null, JustificationValues? justification = null)
    {
        var paragraphProperties = new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" });
        if (justification is { } value)
        {
            paragraphProperties.Append(new Justification { Val = value });
        }

        return new Paragraph(paragraphProperties, Run(text, bold, halfPoints));
    }

    public static Run Run(string text, bool bold = false, int? halfPoints = null)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (halfPoints is { } size)
        {
            properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
