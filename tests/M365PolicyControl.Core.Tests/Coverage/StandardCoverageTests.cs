using M365PolicyControl.Core.Coverage;

namespace M365PolicyControl.Core.Tests.Coverage;

public sealed class StandardCoverageTests
{
    private const string SecurityManagement = "164.308(a)(1)(i)";
    private const string RiskAnalysis = "164.308(a)(1)(ii)(A)";
    private const string RiskManagement = "164.308(a)(1)(ii)(B)";

    [Fact]
    public void DocumentsCitingASpecification_CountForItsStandard()
    {
        var report = new CoverageScenario().Policy("POL-1", RiskAnalysis).Procedure("PRC-1", RiskManagement).Compute();

        var standard = report[SecurityManagement];
        Assert.Equal(CoverageStatus.Covered, standard.Status);
        Assert.All(standard.Documents, d => Assert.Equal(MappingSource.ViaSpecification, d.Source));
        Assert.Equal(CoverageStatus.PolicyOnly, report[RiskAnalysis].Status);
        Assert.Equal(CoverageStatus.ProcedureOnly, report[RiskManagement].Status);
    }

    [Fact]
    public void DocumentsCitingOnlyTheStandard_CoverNoSpecification()
    {
        var report = new CoverageScenario().Policy("POL-1", SecurityManagement).Procedure("PRC-1", SecurityManagement).Compute();

        Assert.Equal(CoverageStatus.Covered, report[SecurityManagement].Status);
        Assert.Equal(CoverageStatus.Gap, report[RiskAnalysis].Status);
        Assert.Equal(CoverageStatus.Gap, report[RiskManagement].Status);
    }

    [Fact]
    public void ADocumentCitingStandardAndSpecification_IsListedOnceAsDirect()
    {
        var report = new CoverageScenario().Policy("POL-1", SecurityManagement, RiskAnalysis, RiskManagement).Compute();

        var mapped = Assert.Single(report[SecurityManagement].Documents);
        Assert.Equal(MappingSource.Direct, mapped.Source);
    }
}
