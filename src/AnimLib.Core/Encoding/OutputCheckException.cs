namespace AnimLib.Encoding;

/// <summary>
/// A file that ffmpeg or the PNG encoder reported as written failed its check (missing, too small, unreadable, or
/// holding fewer frames than were sent): it was deleted instead of replacing the previous file or entering the cache.
/// </summary>
public sealed class OutputCheckException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file the result was meant to become.</param>
    /// <param name="reason">What was wrong with it.</param>
    public OutputCheckException(string path, string reason)
        : base($"'{path}' was not written: {reason}. Is the disk full or the folder's quota reached? Any earlier file at that path is unchanged.")
    {
        FilePath = path;
        Reason = reason;
    }

    /// <summary>The file the result was meant to become.</summary>
    public string FilePath { get; }

    /// <summary>What was wrong with the written file.</summary>
    public string Reason { get; }
}
