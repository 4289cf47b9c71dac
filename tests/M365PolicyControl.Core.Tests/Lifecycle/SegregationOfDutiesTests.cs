using M365PolicyControl.Core.Lifecycle;

namespace M365PolicyControl.Core.Tests.Lifecycle;

public sealed class SegregationOfDutiesTests
{
    [Fact]
    public void Check_ApproverIsSomeoneElse_IsAllowed()
    {
        Assert.Null(SegregationOfDuties.Check("ceo@contoso.com", "author@contoso.com", "editor@contoso.com"));
    }

    [Theory]
    [InlineData("Author@Contoso.com")]
    [InlineData(" author@contoso.com ")]
    [InlineData("i:0#.f|membership|author@contoso.com")]
    public void Check_ApproverIsAuthor_IsRefusedWhateverTheSpelling(string approver)
    {
        var refusal = SegregationOfDuties.Check(approver, "author@contoso.com", "editor@contoso.com");

        Assert.NotNull(refusal);
        Assert.Contains("wrote this version", refusal);
        Assert.Contains("segregation of duties", refusal);
    }

    [Fact]
    public void Check_ApproverIsLastEditor_IsRefused()
    {
        var refusal = SegregationOfDuties.Check("EDITOR@contoso.com", "author@contoso.com", "editor@contoso.com");

        Assert.Contains("last edited this version", refusal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_NoApprover_IsRefused(string? approver)
    {
        Assert.NotNull(SegregationOfDuties.Check(approver, "author@contoso.com", null));
    }

    [Fact]
    public void Check_UnknownAuthorAndEditor_IsAllowed()
    {
        Assert.Null(SegregationOfDuties.Check("ceo@contoso.com", null, ""));
    }
}
