namespace M365PolicyControl.Word;

/// <summary>What one stamp did.</summary>
/// <param name="PolicyId">The stamped policy id.</param>
/// <param name="BodyHash">The body hash written to the control block, the properties and the stamp record.</param>
/// <param name="ParagraphCount">Body paragraphs the hash covers.</param>
/// <param name="MappingRows">The rows of the requirement mapping table.</param>
/// <param name="HeadersAndFooters">Header/footer parts stamped and created.</param>
/// <param name="SharePointColumnsSet">Column elements set in the SharePoint metadata part (0 when it has none).</param>
/// <param name="Warnings">Things the caller should know: a removed signature, protection left in force, Strict converted.</param>
public sealed record StampResult(
    string PolicyId,
    string BodyHash,
    int ParagraphCount,
    IReadOnlyList<MappingRow> MappingRows,
    HeaderFooterStampResult HeadersAndFooters,
    int SharePointColumnsSet,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The file extension the package's content type calls for (".docx", ".docm", ".dotx" or ".dotm"): a caller
    /// naming the output should use it, since Word refuses a macro-enabled package under a .docx name and vice versa.
    /// </summary>
    public string Extension { get; init; } = ".docx";
}
