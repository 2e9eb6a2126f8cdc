namespace AnimLib.Mobjects;

/// <summary>
/// LaTeX rejected a <see cref="Tex"/> or <see cref="TexText"/> source, was refused a file outside its working folder and
/// TeX's tree, or was stopped at <see cref="TexCompiler.Timeout"/>; the message names the source and quotes the
/// log around the error, or gives the limit and how to raise it.
/// </summary>
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
