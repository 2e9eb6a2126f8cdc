namespace AnimLib.Encoding;

/// <summary>What stops a format from encoding the frames it is given (see <see cref="OutputFormats.FindProblem"/>).</summary>
/// <param name="Kind">Which rule is broken, so a front end can say which of its settings to change.</param>
/// <param name="Message">The problem and its fix, in the library's terms.</param>
public sealed record OutputFormatProblem(OutputFormatProblemKind Kind, string Message);
