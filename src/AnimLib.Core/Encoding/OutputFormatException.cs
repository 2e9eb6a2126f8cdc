namespace AnimLib.Encoding;

/// <summary>A format was asked to encode frames it cannot hold; nothing was encoded.</summary>
public sealed class OutputFormatException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="problem"/>.</summary>
    public OutputFormatException(OutputFormatProblem problem)
        : base((problem ?? throw new ArgumentNullException(nameof(problem))).Message)
    {
        Problem = problem;
    }

    /// <summary>The broken rule.</summary>
    public OutputFormatProblem Problem { get; }
}
