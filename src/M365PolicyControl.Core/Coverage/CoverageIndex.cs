using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Coverage;

/// <summary>The input reorganised by citation, with the warnings found while doing so.</summary>
internal sealed class CoverageIndex
{
    private readonly SecurityRuleCatalog _catalog;
    private readonly Dictionary<string, List<ControlledDocument>> _documentsByCitation = new(StringComparer.Ordinal);
    private readonly ILookup<string, PolicyExceptionRecord> _exceptions;
    private readonly Dictionary<string, ImplementationDecision> _decisions = new(StringComparer.Ordinal);
    private readonly List<string> _warnings = [];

    public CoverageIndex(CoverageInput input)
    {
        _catalog = input.Catalog;
        IndexDocuments(input.Documents);
        IndexDecisions(input.Decisions);
        foreach (var unknown in input.Exceptions.Where(e => _catalog.Find(e.RequirementCitation) is null))
        {
            _warnings.Add($"Exception {unknown.Id} names '{unknown.RequirementCitation}', which is not in catalog {_catalog.Id}.");
        }

        _exceptions = input.Exceptions.ToLookup(e => e.RequirementCitation, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Documents citing the requirement, then (for a standard) those citing its specifications.</summary>
    public IEnumerable<MappedDocument> DocumentsFor(Requirement requirement)
    {
        var direct = Cited(requirement.Citation).ToArray();
        var seen = direct.Select(d => d.PolicyId).ToHashSet(StringComparer.Ordinal);
        var viaSpecifications = requirement.Kind == RequirementKind.Standard
            ? _catalog.SpecificationsOf(requirement.Citation).SelectMany(s => Cited(s.Citation)).Where(d => seen.Add(d.PolicyId))
            : [];
        return direct.Select(d => new MappedDocument(d, MappingSource.Direct, false))
            .Concat(viaSpecifications.Select(d => new MappedDocument(d, MappingSource.ViaSpecification, false)))
            .OrderBy(m => m.Document.PolicyId, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The active exception that runs longest, if any.</summary>
    public PolicyExceptionRecord? ActiveExceptionFor(string citation, DateOnly asOf) =>
        _exceptions[citation].Where(e => e.IsActive(asOf)).MaxBy(e => e.Expires);

    /// <summary>The decision recorded for an addressable specification; null for anything else.</summary>
    public ImplementationDecision? DecisionFor(Requirement requirement) =>
        requirement.Implementation == Implementation.Addressable ? _decisions.GetValueOrDefault(requirement.Citation) : null;

    private IEnumerable<ControlledDocument> Cited(string citation) =>
        _documentsByCitation.TryGetValue(citation, out var list) ? list : [];

    private void IndexDocuments(IEnumerable<ControlledDocument> documents)
    {
        foreach (var document in documents.Where(d => d.Status is not (PolicyStatus.Superseded or PolicyStatus.Retired)))
        {
            foreach (var citation in document.Requirements.Distinct(StringComparer.Ordinal))
            {
                if (_catalog.Find(citation) is null)
                {
                    _warnings.Add($"{document.PolicyId} cites '{citation}', which is not in catalog {_catalog.Id}.");
                    continue;
                }

                if (!_documentsByCitation.TryGetValue(citation, out var list))
                {
                    _documentsByCitation[citation] = list = [];
                }

                list.Add(document);
            }
        }
    }

    // The latest decision wins: registers keep history, and a later row revises an earlier one.
    private void IndexDecisions(IEnumerable<ImplementationDecision> decisions)
    {
        foreach (var decision in decisions.OrderBy(d => d.DecidedOn ?? DateOnly.MinValue))
        {
            var requirement = _catalog.Find(decision.RequirementCitation);
            if (requirement is null || requirement.Implementation != Implementation.Addressable)
            {
                _warnings.Add(requirement is null
                    ? $"Decision on '{decision.RequirementCitation}', which is not in catalog {_catalog.Id}."
                    : $"Decision on {decision.RequirementCitation}, which is required, not addressable; ignored.");
                continue;
            }

            _decisions[decision.RequirementCitation] = decision;
        }
    }
}
