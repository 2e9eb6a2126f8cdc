namespace AnimLib.Cli;

/// <summary>Process exit codes of the <c>animlib</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The scene or the render failed (message on stderr).</summary>
    public const int RenderFailed = 1;

    /// <summary>Bad usage: unknown scene, invalid flag value.</summary>
    public const int UsageError = 2;
}
