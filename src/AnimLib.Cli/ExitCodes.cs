namespace AnimLib.Cli;

/// <summary>Process exit codes of the <c>animlib</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The scene or the render failed (message on stderr).</summary>
    public const int RenderFailed = 1;

    /// <summary>Bad usage: unknown scene, no or a missing scene assembly, invalid flag value, unknown scene parameter or a parameter value of the wrong type.</summary>
    public const int UsageError = 2;

    /// <summary>A <c>--props-batch</c> render finished but some of its rows failed (each is reported; the others were written).</summary>
    public const int SomeRowsFailed = 3;

    /// <summary>Stopped by Ctrl-C (SIGINT) or SIGTERM; temporary files were removed (128 + SIGINT, as shells report).</summary>
    public const int Cancelled = 130;
}
