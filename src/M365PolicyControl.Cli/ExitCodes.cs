namespace M365PolicyControl.Cli;

/// <summary>Process exit codes shared by every verb.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The check ran and found a problem (verify: body changed; submit: problems listed).</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad input or an error: the message names the input and the reason; nothing was written.</summary>
    public const int Error = 2;

    /// <summary>verify: the document carries no stamp.</summary>
    public const int NotStamped = 3;
}
