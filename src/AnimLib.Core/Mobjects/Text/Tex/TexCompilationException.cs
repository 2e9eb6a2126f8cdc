namespace AnimLib;

/// <summary>LaTeX rejected a <see cref="Tex"/> or <see cref="TexText"/> source; the message quotes the log around the error.</summary>
public sealed class TexCompilationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TexCompilationException(string texSource, string logExcerpt)
        : base($"LaTeX could not compile the string \"{texSource}\":\n{logExcerpt}")
    {
        TexSource = texSource;
        LogExcerpt = logExcerpt;
    }

    /// <summary>The author's source string.</summary>
    public string TexSource { get; }

    /// <summary>The lines of the LaTeX log around the first error.</summary>
    public string LogExcerpt { get; }
}
