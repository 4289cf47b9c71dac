namespace M365PolicyControl.Core.Catalog;

/// <summary>How a citation as written was matched to the catalog.</summary>
public enum CitationMatch
{
    /// <summary>The normalised citation is a catalog entry.</summary>
    Exact,

    /// <summary>A paragraph below the catalog's granularity, mapped to its enclosing entry.</summary>
    Enclosing,

    /// <summary>A standard cited without its (i), mapped to the standard.</summary>
    Standard,

    /// <summary>A range or list, expanded to several entries.</summary>
    Expanded,

    /// <summary>A valid citation outside the Security Rule (e.g. 164.530): kept, mapped to nothing.</summary>
    OutsideSecurityRule,

    /// <summary>Looks like a Security Rule citation but names no entry: refused, with the nearest ones.</summary>
    Unknown,
}

/// <summary>The outcome of resolving one citation as written against a catalog.</summary>
/// <param name="Written">The text as the author wrote it.</param>
/// <param name="Normalized">The normalised form (e.g. <c>164.308(a)(6)</c>), or the trimmed text when it could not be parsed.</param>
/// <param name="Match">How it was matched.</param>
/// <param name="Requirements">The catalog entries it maps to; empty when outside the rule or unknown.</param>
/// <param name="Nearest">For <see cref="CitationMatch.Unknown"/>: the closest known citations.</param>
public sealed record CitationResolution(
    string Written,
    string Normalized,
    CitationMatch Match,
    IReadOnlyList<Requirement> Requirements,
    IReadOnlyList<string> Nearest)
{
    public bool IsMapped => Requirements.Count > 0;

    public bool IsRefused => Match == CitationMatch.Unknown;
}
