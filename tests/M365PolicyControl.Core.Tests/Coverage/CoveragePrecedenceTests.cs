using M365PolicyControl.Core.Coverage;
using M365PolicyControl.Core.Metadata;

namespace M365PolicyControl.Core.Tests.Coverage;

/// <summary>Every status wins over all those below it: each case stacks the conditions of the lower ones.</summary>
public sealed class CoveragePrecedenceTests
{
    private const string Citation = "164.308(a)(5)(ii)(A)";

    [Flags]
    public enum Condition
    {
        None = 0,
        InDatePolicyAndProcedure = 1,
        Decision = 2,
        Exception = 4,
        OverdueProcedure = 8,
        InDatePolicy = 16,
        InDateProcedure = 32,
        Draft = 64,
    }

    private const Condition BelowException = Condition.OverdueProcedure | Condition.InDatePolicy | Condition.Draft;

    [Theory]
    [InlineData(Condition.InDatePolicyAndProcedure | Condition.Decision | Condition.Exception | BelowException, CoverageStatus.Covered)]
    [InlineData(Condition.Decision | Condition.Exception | BelowException, CoverageStatus.Decision)]
    [InlineData(Condition.Exception | BelowException, CoverageStatus.Exception)]
    [InlineData(BelowException, CoverageStatus.Stale)]
    [InlineData(Condition.InDatePolicy | Condition.Draft, CoverageStatus.PolicyOnly)]
    [InlineData(Condition.InDateProcedure | Condition.Draft, CoverageStatus.ProcedureOnly)]
    [InlineData(Condition.Draft, CoverageStatus.DraftOnly)]
    [InlineData(Condition.None, CoverageStatus.Gap)]
    public void FirstMatchingStatusWins(Condition conditions, CoverageStatus expected)
    {
        var scenario = new CoverageScenario();
        if (conditions.HasFlag(Condition.InDatePolicyAndProcedure))
        {
            scenario.Policy("POL-A", Citation).Procedure("PRC-A", Citation);
        }

        if (conditions.HasFlag(Condition.Decision))
        {
            scenario.Decision(Citation, DecisionOutcome.Alternative);
        }

        if (conditions.HasFlag(Condition.Exception))
        {
            scenario.Exception("EXC-1", Citation, CoverageScenario.AsOf.AddMonths(1));
        }

        if (conditions.HasFlag(Condition.OverdueProcedure))
        {
            scenario.Document("PRC-OLD", DocumentKind.Procedure, PolicyStatus.Effective, CoverageScenario.AsOf.AddMonths(-2), Citation);
        }

        if (conditions.HasFlag(Condition.InDatePolicy))
        {
            scenario.Policy("POL-B", Citation);
        }

        if (conditions.HasFlag(Condition.InDateProcedure))
        {
            scenario.Procedure("PRC-B", Citation);
        }

        if (conditions.HasFlag(Condition.Draft))
        {
            scenario.Document("POL-DRAFT", DocumentKind.Policy, PolicyStatus.Draft, Citation);
        }

        Assert.Equal(expected, scenario.StatusOf(Citation));
    }

    [Fact]
    public void PrecedenceIsTheDeclarationOrder()
    {
        CoverageStatus[] expected =
        [
            CoverageStatus.Covered, CoverageStatus.Decision, CoverageStatus.Exception, CoverageStatus.Stale,
            CoverageStatus.PolicyOnly, CoverageStatus.ProcedureOnly, CoverageStatus.DraftOnly, CoverageStatus.Gap,
        ];

        Assert.Equal(expected, Enum.GetValues<CoverageStatus>());
    }
}
