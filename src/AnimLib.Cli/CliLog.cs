namespace AnimLib.Cli;

/// <summary>Writes messages at or above the chosen verbosity (Manim CE's levels: DEBUG, INFO, WARNING, ERROR, CRITICAL).</summary>
public sealed class CliLog
{
    private readonly int _level;

    /// <summary>Creates the log.</summary>
    /// <param name="verbosity">One of <see cref="CliSettings.Verbosities"/> (case-insensitive).</param>
    /// <param name="stdout">Information goes here.</param>
    /// <param name="stderr">Warnings and errors go here.</param>
    public CliLog(string verbosity, TextWriter stdout, TextWriter stderr)
    {
        _level = Math.Max(0, CliSettings.Verbosities.ToList().IndexOf(verbosity.Trim().ToUpperInvariant()));
        Out = stdout;
        Err = stderr;
    }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Err { get; }

    /// <summary>True at DEBUG.</summary>
    public bool IsDebug => _level == 0;

    /// <summary>True at DEBUG or INFO: progress and results are shown.</summary>
    public bool IsInfo => _level <= 1;

    /// <summary>A detail for DEBUG.</summary>
    public void Debug(string message)
    {
        if (_level <= 0) Out.WriteLine(message);
    }

    /// <summary>A normal progress or result message.</summary>
    public void Info(string message)
    {
        if (_level <= 1) Out.WriteLine(message);
    }

    /// <summary>A warning (stderr).</summary>
    public void Warn(string message)
    {
        if (_level <= 2) Err.WriteLine($"warning: {message}");
    }

    /// <summary>An error (stderr); shown at every level.</summary>
    public void Error(string message) => Err.WriteLine($"error: {message}");
}
