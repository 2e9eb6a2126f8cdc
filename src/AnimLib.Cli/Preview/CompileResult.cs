namespace AnimLib.Cli.Preview;

/// <summary>What one compile of a scene project produced: the assembly and its symbols, or the errors.</summary>
/// <param name="Assembly">The assembly's bytes; null when there were errors.</param>
/// <param name="Symbols">Its portable PDB (so a scene's exceptions name file and line); null with errors.</param>
/// <param name="Errors">The errors, first ones first; empty on success.</param>
/// <param name="Elapsed">Time spent compiling.</param>
public sealed record CompileResult(byte[]? Assembly, byte[]? Symbols, IReadOnlyList<CompileError> Errors, TimeSpan Elapsed)
{
    /// <summary>True when the project compiled.</summary>
    public bool Succeeded => Assembly is not null;
}
