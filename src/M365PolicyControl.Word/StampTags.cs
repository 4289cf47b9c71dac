namespace M365PolicyControl.Word;

/// <summary>Tags of the content controls the product owns; anything else in a document belongs to its author.</summary>
public static class StampTags
{
    public const string Prefix = "m365pc:";

    /// <summary>The control block table at the top of the body.</summary>
    public const string ControlBlock = "m365pc:control";

    /// <summary>The requirement mapping heading and table at the end of the body.</summary>
    public const string Mapping = "m365pc:mapping";

    /// <summary>The controlled-copy line in each shown header and footer.</summary>
    public const string ControlledCopy = "m365pc:controlled-copy";

    /// <summary>True for a tag of one of the product's content controls.</summary>
    public static bool IsOurs(string? tag) => tag is not null && tag.StartsWith(Prefix, StringComparison.Ordinal);
}
