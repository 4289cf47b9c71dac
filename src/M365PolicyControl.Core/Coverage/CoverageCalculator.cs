using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Coverage;

/// <summary>
/// Computes the coverage matrix. Rules, in the order they are applied to each requirement:
/// <list type="number">
/// <item>Documents count for the requirements they cite. A document citing a specification also counts for
/// its standard (<see cref="MappingSource.ViaSpecification"/>): implementing a standard is implementing its
/// specifications. It never works downward: a document citing only a standard covers no specification.</item>
/// <item>Superseded and retired documents count for nothing.</item>
/// <item>The status is the first of <see cref="CoverageStatus"/>, in declaration order, whose condition holds:
/// Covered, Decision, Exception, Stale, PolicyOnly, ProcedureOnly, DraftOnly, Gap.</item>
/// </list>
/// </summary>
public static class CoverageCalculator
{
    /// <summary>Computes the report for the input's catalog, documents and registers on its as-of date.</summary>
    public static CoverageReport Compute(CoverageInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var index = new CoverageIndex(input);
        var rows = input.Catalog.Requirements.Select(r => Evaluate(r, index, input.AsOf)).ToArray();
        return new CoverageReport
        {
            Catalog = input.Catalog,
            AsOf = input.AsOf,
            Rows = rows,
            Overall = CoverageRollup.Of("All", input.Catalog.Title, rows),
            BySafeguard = rows.GroupBy(r => r.Requirement.Safeguard)
                .Select(g => CoverageRollup.Of(g.Key.ToString(), $"{g.Key} safeguards", g))
                .ToArray(),
            ByStandard = rows.GroupBy(r => r.Requirement.StandardCitation)
                .Select(g => CoverageRollup.Of(g.Key, g.First().Requirement.Name, g))
                .ToArray(),
            Documents = input.Documents,
            Exceptions = input.Exceptions,
            Decisions = input.Decisions,
            Warnings = index.Warnings,
        };
    }

    private static RequirementCoverage Evaluate(Requirement requirement, CoverageIndex index, DateOnly asOf)
    {
        var mapped = index.DocumentsFor(requirement)
            .Select(m => m with { IsOverdue = m.Document.IsOverdue(asOf) })
            .ToArray();
        var exception = index.ActiveExceptionFor(requirement.Citation, asOf);
        var decision = index.DecisionFor(requirement);
        var status = Decide(mapped, exception, decision);
        return new RequirementCoverage(requirement, status, mapped, exception, decision);
    }

    private static CoverageStatus Decide(
        IReadOnlyList<MappedDocument> mapped, PolicyExceptionRecord? exception, ImplementationDecision? decision)
    {
        var effective = mapped.Where(m => m.Document.IsEffective).ToArray();
        var inDate = effective.Where(m => !m.IsOverdue).Select(m => m.Document).ToArray();
        var inDatePolicy = inDate.Any(d => d.IsGoverning);
        var inDateProcedure = inDate.Any(d => !d.IsGoverning);

        return (inDatePolicy && inDateProcedure) switch
        {
            true => CoverageStatus.Covered,
            _ when decision is { IsDocumentedDeviation: true } => CoverageStatus.Decision,
            _ when exception is not null => CoverageStatus.Exception,
            _ when effective.Any(m => m.IsOverdue) => CoverageStatus.Stale,
            _ when inDatePolicy => CoverageStatus.PolicyOnly,
            _ when inDateProcedure => CoverageStatus.ProcedureOnly,
            _ when mapped.Any(m => m.Document.IsPending) => CoverageStatus.DraftOnly,
            _ => CoverageStatus.Gap,
        };
    }
}
