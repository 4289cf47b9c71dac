using M365PolicyControl.Core.Catalog;
using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Tests.Coverage;

/// <summary>Builds coverage inputs tersely: documents, exceptions and decisions on the default catalog.</summary>
internal sealed class CoverageScenario
{
    public static readonly DateOnly AsOf = new(2025, 6, 30);

    private readonly List<ControlledDocument> _documents = [];
    private readonly List<PolicyExceptionRecord> _exceptions = [];
    private readonly List<ImplementationDecision> _decisions = [];

    public CoverageScenario Document(
        string id,
        DocumentKind kind,
        PolicyStatus status,
        params string[] citations) => Document(id, kind, status, AsOf.AddMonths(6), citations);

    public CoverageScenario Document(
        string id,
        DocumentKind kind,
        PolicyStatus status,
        DateOnly? nextReviewDue,
        params string[] citations)
    {
        _documents.Add(new ControlledDocument
        {
            PolicyId = id,
            Title = id + " title",
            Kind = kind,
            Status = status,
            EffectiveDate = status == PolicyStatus.Effective ? AsOf.AddYears(-1) : null,
            NextReviewDue = nextReviewDue,
            Owner = "owner1@contoso.onmicrosoft.com",
            Requirements = citations,
        });
        return this;
    }

    public CoverageScenario Policy(string id, params string[] citations) =>
        Document(id, DocumentKind.Policy, PolicyStatus.Effective, citations);

    public CoverageScenario Procedure(string id, params string[] citations) =>
        Document(id, DocumentKind.Procedure, PolicyStatus.Effective, citations);

    public CoverageScenario Exception(string id, string citation, DateOnly expires, DateOnly? starts = null)
    {
        _exceptions.Add(new PolicyExceptionRecord(id, citation, expires) { Starts = starts });
        return this;
    }

    public CoverageScenario Decision(string citation, DecisionOutcome outcome, DateOnly? decidedOn = null)
    {
        _decisions.Add(new ImplementationDecision(citation, outcome) { DecidedOn = decidedOn });
        return this;
    }

    public CoverageReport Compute() => CoverageCalculator.Compute(new CoverageInput(SecurityRuleCatalog.Default, AsOf)
    {
        Documents = _documents,
        Exceptions = _exceptions,
        Decisions = _decisions,
    });

    public CoverageStatus StatusOf(string citation) => Compute()[citation].Status;
}
