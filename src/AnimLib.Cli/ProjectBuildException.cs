namespace AnimLib.Cli;

/// <summary>Building the scene project in the working folder failed; <see cref="Output"/> is what the build printed.</summary>
public sealed class ProjectBuildException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed and how to go on.</param>
    /// <param name="output">The build's own output (its compiler errors), shown before the message.</param>
    /// <param name="inner">The cause, if an exception.</param>
    public ProjectBuildException(string message, string output, Exception? inner = null)
        : base(message, inner)
    {
        Output = output;
    }

    /// <summary>The output of <c>dotnet build</c> (empty when it could not start).</summary>
    public string Output { get; }
}
