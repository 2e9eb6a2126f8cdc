namespace AnimLib.Encoding;

/// <summary>An ffmpeg run failed; the message quotes what ffmpeg printed.</summary>
public sealed class FfmpegException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public FfmpegException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public FfmpegException(string message, Exception inner) : base(message, inner)
    {
    }
}
