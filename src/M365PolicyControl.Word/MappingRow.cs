namespace M365PolicyControl.Word;

/// <summary>One row of the requirement mapping table.</summary>
/// <param name="Citation">The normalised citation.</param>
/// <param name="Name">The requirement's name, or "outside the Security Rule".</param>
/// <param name="Kind">"Standard", "Implementation specification" or "—".</param>
/// <param name="Implementation">"R", "A" or "—".</param>
/// <param name="WhereAddressed">Headings of the sections that cite it, or "Whole document".</param>
/// <param name="ImplementingProcedures">Policy ids of implementing procedures, or "—".</param>
public sealed record MappingRow(
    string Citation,
    string Name,
    string Kind,
    string Implementation,
    string WhereAddressed,
    string ImplementingProcedures);
