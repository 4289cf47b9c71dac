using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace M365PolicyControl.Word;

/// <summary>
/// The product's two body blocks, found by position: the control block must be the first block of the body and the
/// mapping the last block before the final section properties. Only these two are left out of the body hash; any
/// other content control with an <c>m365pc:</c> tag, or a copy of ours elsewhere, is the author's text.
/// </summary>
internal sealed record ProductBlocks(SdtBlock? ControlBlock, SdtBlock? Mapping)
{
    public static ProductBlocks Locate(Body body)
    {
        var blocks = body.ChildElements.Where(IsContentBlock).ToList();
        var first = blocks.FirstOrDefault() as SdtBlock;
        var last = blocks.LastOrDefault() as SdtBlock;
        var control = TagOf(first) == StampTags.ControlBlock ? first : null;
        var mapping = TagOf(last) == StampTags.Mapping && !ReferenceEquals(last, control) ? last : null;
        return new ProductBlocks(control, mapping);
    }

    /// <summary>Every block-level content control in the body with exactly the given tag, wherever it is.</summary>
    public static IEnumerable<SdtBlock> AllTagged(Body body, string tag) =>
        body.Descendants<SdtBlock>().Where(s => TagOf(s) == tag);

    /// <summary>
    /// The SHA-256 of a block's text (its paragraphs' texts, hidden text and bound text included, normalised as for the body hash), recorded at
    /// stamping so that verifying can tell whether anyone edited the product's own blocks.
    /// </summary>
    public static string TextHashOf(SdtBlock block)
    {
        var scan = BodyScanner.Scan(block, HeadingStyles.None, new ProductBlocks(null, null), PropertyBindings.Nothing);
        return BodyDigest.Of(scan.HashedParagraphs).Hash;
    }

    public bool Contains(SdtElement sdt) => ReferenceEquals(sdt, ControlBlock) || ReferenceEquals(sdt, Mapping);

    public static string? TagOf(SdtElement? sdt) => sdt?.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    // Bookmarks, permission ranges and proofing marks can sit between body blocks; they hold no text.
    private static bool IsContentBlock(OpenXmlElement element) =>
        element is Paragraph or Table or SdtBlock or CustomXmlBlock or AltChunk;
}
