using FFMpegCore;

namespace AnimLib.Encoding;

/// <summary>
/// Finds the ffmpeg and ffprobe executables, the one place that does: <c>ANIMLIB_FFMPEG</c> and <c>ANIMLIB_FFPROBE</c>
/// name them, otherwise they are looked up on PATH (with <c>.exe</c> and PATHEXT on Windows). ffprobe defaults to the one
/// beside the <c>ANIMLIB_FFMPEG</c> binary when there is one there, so pointing at one ffmpeg build picks its ffprobe too.
/// </summary>
/// <remarks>
/// Resolving also points FFMpegCore's <see cref="GlobalFFOptions"/> at ffmpeg's folder, so FFMpegCore runs the same
/// binaries. The variables are read on every call (tests and long-lived hosts may change them), which costs one PATH scan.
/// </remarks>
public static class FfmpegTools
{
    /// <summary>Environment variable naming the ffmpeg executable (a path, or a name looked up on PATH).</summary>
    public const string FfmpegEnvironmentVariable = "ANIMLIB_FFMPEG";

    /// <summary>Environment variable naming the ffprobe executable (a path, or a name looked up on PATH).</summary>
    public const string FfprobeEnvironmentVariable = "ANIMLIB_FFPROBE";

    /// <summary>How to install ffmpeg (which brings ffprobe) on each desktop OS.</summary>
    public const string InstallHint =
        "Install ffmpeg (it brings ffprobe): Debian/Ubuntu `sudo apt-get install ffmpeg` (or ./scripts/setup), " +
        "macOS `brew install ffmpeg`, Windows `winget install Gyan.FFmpeg`.";

    private static readonly object ConfigureLock = new();
    private static string? _configuredFolder;

    /// <summary>Full path of the ffmpeg executable.</summary>
    /// <exception cref="FfmpegException">ffmpeg was not found; the message names <see cref="FfmpegEnvironmentVariable"/> and how to install it.</exception>
    public static string Ffmpeg => TryFindFfmpeg() ?? throw new FfmpegException(MissingMessage("ffmpeg", FfmpegEnvironmentVariable, Environment.GetEnvironmentVariable(FfmpegEnvironmentVariable)));

    /// <summary>Full path of the ffprobe executable.</summary>
    /// <exception cref="FfmpegException">ffprobe was not found; the message names <see cref="FfprobeEnvironmentVariable"/> and how to install it.</exception>
    public static string Ffprobe => TryFindFfprobe() ?? throw new FfmpegException(MissingMessage("ffprobe", FfprobeEnvironmentVariable, Environment.GetEnvironmentVariable(FfprobeEnvironmentVariable)));

    /// <summary>Full path of ffmpeg, or null when it is not found; also points FFMpegCore at its folder.</summary>
    public static string? TryFindFfmpeg()
    {
        string? path = FindFfmpeg(Environment.GetEnvironmentVariable);
        if (path is not null) ConfigureFFMpegCore(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Full path of ffprobe, or null when it is not found.</summary>
    public static string? TryFindFfprobe() => FindFfprobe(Environment.GetEnvironmentVariable);

    /// <summary>ffmpeg as the variables that <paramref name="environment"/> gives name it (tests pass their own).</summary>
    internal static string? FindFfmpeg(Func<string, string?> environment) =>
        Resolve(environment(FfmpegEnvironmentVariable), "ffmpeg", environment);

    /// <summary>ffprobe as the variables that <paramref name="environment"/> gives name it (tests pass their own).</summary>
    internal static string? FindFfprobe(Func<string, string?> environment)
    {
        string? named = environment(FfprobeEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(named)) return Resolve(named, "ffprobe", environment);
        // An ffmpeg chosen by path brings its own ffprobe, not whichever one PATH finds first.
        if (!string.IsNullOrWhiteSpace(environment(FfmpegEnvironmentVariable)) && FindFfmpeg(environment) is { } ffmpeg
            && ExecutableIn(Path.GetDirectoryName(ffmpeg)!, "ffprobe", environment) is { } beside)
            return beside;
        return Resolve(null, "ffprobe", environment);
    }

    /// <summary>
    /// FFMpegCore options that run this ffprobe (FFMpegCore looks for <c>ffprobe</c> in <see cref="FFOptions.BinaryFolder"/>,
    /// which may differ from ffmpeg's folder when <see cref="FfprobeEnvironmentVariable"/> names another build).
    /// </summary>
    /// <exception cref="FfmpegException">ffprobe was not found, or is not named <c>ffprobe</c> as FFMpegCore requires.</exception>
    public static FFOptions ProbeOptions()
    {
        string ffprobe = Ffprobe;
        if (!string.Equals(Path.GetFileNameWithoutExtension(ffprobe), "ffprobe", StringComparison.OrdinalIgnoreCase))
            throw new FfmpegException($"FFMpegCore runs an executable named ffprobe, but {FfprobeEnvironmentVariable} names '{ffprobe}'.");
        var options = GlobalFFOptions.Current.Clone();
        options.BinaryFolder = Path.GetDirectoryName(ffprobe)!;
        return options;
    }

    /// <summary>The first line <c>-version</c> prints for ffmpeg or ffprobe at <paramref name="executable"/>; null when it cannot run.</summary>
    public static string? VersionLine(string executable) => FfmpegProcess.VersionLine(executable);

    /// <summary>Reads a media file's streams and format with ffprobe (through FFMpegCore).</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="extraArguments">More ffprobe options, e.g. <c>-count_frames</c>.</param>
    /// <exception cref="FfmpegException">ffprobe is missing or could not read the file; the message says why.</exception>
    public static IMediaAnalysis Probe(string path, string? extraArguments = null)
    {
        var options = ProbeOptions();
        try
        {
            return FFProbe.Analyse(path, options, extraArguments);
        }
        catch (FFMpegCore.Exceptions.FFMpegException ex)
        {
            throw new FfmpegException($"ffprobe could not read '{path}': {ex.Message}", ex);
        }
    }

    private static void ConfigureFFMpegCore(string folder)
    {
        lock (ConfigureLock)
        {
            if (_configuredFolder == folder) return;
            GlobalFFOptions.Configure(o => o.BinaryFolder = folder);
            _configuredFolder = folder;
        }
    }

    /// <summary>Why <paramref name="tool"/> is missing and how to install it, naming <paramref name="variable"/>.</summary>
    internal static string MissingMessage(string tool, string variable, string? named)
    {
        string what = string.IsNullOrWhiteSpace(named)
            ? $"{tool} was not found on PATH (or set {variable} to its path)."
            : $"{tool} '{named}', named by {variable}, was not found or is not executable.";
        return $"{what} {InstallHint}";
    }

    /// <summary>The executable <paramref name="named"/> (a path, or a name looked up on PATH), else <paramref name="fallback"/> on PATH.</summary>
    private static string? Resolve(string? named, string fallback, Func<string, string?> environment)
    {
        if (string.IsNullOrWhiteSpace(named)) return OnPath(fallback, environment);
        named = named.Trim();
        bool isPath = Path.IsPathRooted(named) || named.Contains(Path.DirectorySeparatorChar) || named.Contains(Path.AltDirectorySeparatorChar);
        if (!isPath) return OnPath(named, environment);
        string full = Path.GetFullPath(named);
        return ExecutableFile(full) ?? ExecutableIn(Path.GetDirectoryName(full)!, Path.GetFileName(full), environment);
    }

    private static string? OnPath(string name, Func<string, string?> environment)
    {
        string? path = environment("PATH");
        if (string.IsNullOrEmpty(path)) return null;
        foreach (string folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Windows allows quoted PATH entries.
            string dir = folder.Trim('"');
            if (dir.Length == 0) continue;
            if (ExecutableIn(dir, name, environment) is { } found) return found;
        }
        return null;
    }

    /// <summary><paramref name="name"/> in <paramref name="folder"/>, trying Windows's executable extensions where the name has none.</summary>
    private static string? ExecutableIn(string folder, string name, Func<string, string?> environment)
    {
        string candidate;
        try
        {
            candidate = Path.GetFullPath(Path.Combine(folder, name));
        }
        catch (ArgumentException)
        {
            return null;
        }
        if (!OperatingSystem.IsWindows() || Path.HasExtension(name)) return ExecutableFile(candidate);
        foreach (string extension in WindowsExtensions(environment("PATHEXT")))
            if (ExecutableFile(candidate + extension) is { } found) return found;
        return null;
    }

    private static IEnumerable<string> WindowsExtensions(string? pathext)
    {
        var extensions = string.IsNullOrWhiteSpace(pathext)
            ? [".COM", ".EXE", ".BAT", ".CMD"]
            : pathext.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // .exe first: ffmpeg ships as one, and a same-named script earlier in PATHEXT would not take raw frames on stdin.
        return extensions.OrderBy(e => string.Equals(e, ".EXE", StringComparison.OrdinalIgnoreCase) ? 0 : 1);
    }

    private static string? ExecutableFile(string path)
    {
        if (!File.Exists(path)) return null;
        if (OperatingSystem.IsWindows()) return path;
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0 ? path : null;
    }
}
