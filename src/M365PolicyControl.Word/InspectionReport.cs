namespace M365PolicyControl.Word;

/// <summary>What <see cref="DocumentInspector"/> found in a Word package.</summary>
public sealed record InspectionReport
{
    /// <summary>Document, MacroEnabledDocument, Template or MacroEnabledTemplate.</summary>
    public required string DocumentType { get; init; }

    public required string MainPartUri { get; init; }

    /// <summary>The package was written in Strict Open XML.</summary>
    public bool IsStrict { get; init; }

    public bool IsSigned { get; init; }

    /// <summary>The enforced document protection (readOnly, forms, comments, trackedChanges), or null.</summary>
    public string? Protection { get; init; }

    public required IReadOnlyList<SectionInfo> Sections { get; init; }

    public required IReadOnlyList<HeaderFooterPartInfo> HeaderFooterParts { get; init; }

    public required IReadOnlyList<ContentControlInfo> ContentControls { get; init; }

    public required IReadOnlyDictionary<string, string> CustomProperties { get; init; }

    /// <summary>The stamp record, or null when the document is not stamped.</summary>
    public StampRecord? Stamp { get; init; }

    /// <summary>The M365PC_* custom properties.</summary>
    public required IReadOnlyDictionary<string, string> StampFields { get; init; }

    /// <summary>Errors the Open XML SDK validator reports (Microsoft 365 file format).</summary>
    public int ValidationErrorCount { get; init; }

    public int ParagraphCount { get; init; }

    public int WordCount { get; init; }

    /// <summary>Tracked insertions, deletions and moves in the body.</summary>
    public int TrackedChangeCount { get; init; }
}

/// <summary>One section and its header/footer references ("type -> part").</summary>
public sealed record SectionInfo(int Number, bool TitlePage, IReadOnlyList<string> HeaderReferences, IReadOnlyList<string> FooterReferences);

/// <summary>One header or footer part.</summary>
public sealed record HeaderFooterPartInfo(string Uri, string Kind, bool HasControlledCopy, int ParagraphCount);

/// <summary>One content control.</summary>
/// <param name="Part">URI of the part holding it.</param>
/// <param name="Level">block, run, cell or row.</param>
public sealed record ContentControlInfo(string Part, string Level, string? Tag, string? Alias, int? Id, bool DataBound);
