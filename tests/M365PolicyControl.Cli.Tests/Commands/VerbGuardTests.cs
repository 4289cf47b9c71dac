using M365PolicyControl.Cli.Commands;

namespace M365PolicyControl.Cli.Tests.Commands;

public sealed class VerbGuardTests
{
    [Fact]
    public async Task UnexpectedException_IsOneLineNamingTheSubject_Exit2()
    {
        using var error = new StringWriter();

        var code = await VerbGuard.Run("policy.docx", error, () => throw new ArgumentException("bad\nvalue."));

        Assert.Equal(2, code);
        Assert.Equal("policyctl: policy.docx: failed unexpectedly (ArgumentException: bad value)" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public async Task CommandFailure_KeepsItsExitCode()
    {
        using var error = new StringWriter();

        var code = await VerbGuard.Run("x", error, () => throw new CommandFailure("x", "not stamped", 3));

        Assert.Equal(3, code);
        Assert.Equal("policyctl: x: not stamped" + Environment.NewLine, error.ToString());
    }
}
