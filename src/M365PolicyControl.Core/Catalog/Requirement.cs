namespace M365PolicyControl.Core.Catalog;

/// <summary>One standard or implementation specification of the Security Rule.</summary>
/// <param name="Citation">Normalised citation, e.g. <c>164.308(a)(1)(ii)(A)</c>.</param>
/// <param name="Name">The name the regulation gives it.</param>
/// <param name="Kind">Standard or implementation specification.</param>
/// <param name="Implementation">Required or addressable.</param>
/// <param name="ParentStandard">Citation of the enclosing standard; null for a standard.</param>
/// <param name="Safeguard">The safeguard area (164.308 administrative, 164.310 physical, ...).</param>
public sealed record Requirement(
    string Citation,
    string Name,
    RequirementKind Kind,
    Implementation Implementation,
    string? ParentStandard,
    SafeguardArea Safeguard)
{
    /// <summary>"R" or "A", as the regulation's tables abbreviate it.</summary>
    public string ImplementationCode => Implementation == Implementation.Required ? "R" : "A";

    /// <summary>The citation of the standard this requirement belongs to (itself for a standard).</summary>
    public string StandardCitation => ParentStandard ?? Citation;
}

public enum RequirementKind { Standard, Specification }

public enum Implementation { Required, Addressable }

public enum SafeguardArea { Administrative, Physical, Technical, Organizational, Documentation }
