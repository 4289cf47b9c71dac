namespace M365PolicyControl.Word;

/// <summary>
/// Characters that mark hidden text and notes in the hashed text. XML 1.0 cannot hold them, so no document text
/// can imitate a marker; <see cref="ForDisplay"/> turns them into words for messages.
/// </summary>
internal static class HashMarkers
{
    public const string HiddenStart = "\u0001";
    public const string HiddenEnd = "\u0002";
    public const string Footnote = "\u0003";
    public const string Endnote = "\u0004";

    public static string? ForDisplay(string? text) => text?
        .Replace(HiddenStart, "[hidden: ", StringComparison.Ordinal)
        .Replace(HiddenEnd, "]", StringComparison.Ordinal)
        .Replace(Footnote, "[footnote] ", StringComparison.Ordinal)
        .Replace(Endnote, "[endnote] ", StringComparison.Ordinal);
}
