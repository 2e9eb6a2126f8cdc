using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;

namespace AnimLib.Mobjects;

/// <summary>
/// Compiles LaTeX to SVG with the <c>latex</c> and <c>dvisvgm</c> programs, once per distinct document: results are kept
/// on disk under <see cref="CacheDirectory"/> (keyed by a hash of the full document) and in memory for the process.
/// Both programs run confined: they may read only their own fresh working folder and TeX's tree, write only in that
/// folder, and are stopped after <see cref="Timeout"/>; a formula that breaks these rules fails with a
/// <see cref="TexCompilationException"/> and nothing is cached.
/// </summary>
public static class TexCompiler
{
    private static readonly ConcurrentDictionary<string, string> Memory = new();
    private static readonly ConcurrentDictionary<string, int> LatexRuns = new();

    /// <summary>
    /// Where compiled SVGs are cached: <c>$ANIMLIB_TEX_CACHE</c> when set, else <c>$XDG_CACHE_HOME/animlib/tex</c>, else
    /// <c>~/.cache/animlib/tex</c>. Settable for tests and custom layouts.
    /// </summary>
    public static string CacheDirectory { get; set; } = UserCacheFolder.Resolve("ANIMLIB_TEX_CACHE", "tex");

    /// <summary>The environment variable that sets <see cref="Timeout"/> in seconds.</summary>
    public const string TimeoutEnvironmentVariable = "ANIMLIB_TEX_TIMEOUT";

    private static TimeSpan? _timeout;

    /// <summary>
    /// How long latex, and then dvisvgm, may run for one formula before it is stopped and the formula fails with a
    /// <see cref="TexCompilationException"/>: <c>$ANIMLIB_TEX_TIMEOUT</c> seconds when set, else 30 s. Settable for a
    /// process; at most 24 hours.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero, a negative or an infinite time, or more than 24 hours.</exception>
    /// <exception cref="InvalidOperationException">Read while <c>$ANIMLIB_TEX_TIMEOUT</c> holds no usable number of seconds.</exception>
    public static TimeSpan Timeout
    {
        get => _timeout ?? ParseTimeout(Environment.GetEnvironmentVariable(TimeoutEnvironmentVariable));
        set
        {
            if (value <= TimeSpan.Zero || value > MaxTimeout)
                throw new ArgumentOutOfRangeException(nameof(value), value, $"The TeX time limit must be more than zero and at most {MaxTimeout.TotalHours:0} hours.");
            _timeout = value;
        }
    }

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromHours(24);

    /// <summary>The time limit a value of <c>$ANIMLIB_TEX_TIMEOUT</c> gives (unset or empty: 30 s).</summary>
    /// <exception cref="InvalidOperationException">The value is not a number of seconds above zero and at most 24 hours.</exception>
    internal static TimeSpan ParseTimeout(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return DefaultTimeout;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds)
            && double.IsFinite(seconds) && seconds > 0 && seconds <= MaxTimeout.TotalSeconds)
            return TimeSpan.FromSeconds(seconds);
        throw new InvalidOperationException(
            $"{TimeoutEnvironmentVariable} is '{value}'; it must be the TeX time limit in seconds, above 0 and at most " +
            $"{MaxTimeout.TotalSeconds:0} (e.g. {TimeoutEnvironmentVariable}=60).");
    }

    /// <summary>The LaTeX preamble every document gets (packages available in Debian's texlive-latex-recommended).</summary>
    public const string Preamble = """
        \documentclass[10pt]{article}
        \usepackage[english]{babel}
        \usepackage{amsmath}
        \usepackage{amssymb}
        \usepackage{xcolor}
        \usepackage{bm}
        \usepackage{mathrsfs}
        \pagestyle{empty}
        """;

    /// <summary>Wraps <paramref name="body"/> in the standard document.</summary>
    public static string BuildDocument(string body) => $"{Preamble}\n\\begin{{document}}\n{body}\n\\end{{document}}\n";

    /// <summary>Returns the SVG text of the compiled document, compiling only on a cache miss.</summary>
    /// <param name="document">A complete LaTeX document.</param>
    /// <param name="authorSource">The author's string, quoted in error messages.</param>
    /// <exception cref="TexCompilationException">LaTeX reported an error, was refused a file outside its working folder
    /// and TeX's tree, or was stopped at <see cref="Timeout"/>.</exception>
    /// <exception cref="InvalidOperationException">latex or dvisvgm is not installed, or <c>$ANIMLIB_TEX_TIMEOUT</c> is not a
    /// usable number of seconds.</exception>
    public static string CompileToSvg(string document, string authorSource) => CompileToSvg(document, authorSource, CacheDirectory);

    /// <summary>As <see cref="CompileToSvg(string, string)"/>, caching under <paramref name="cacheDirectory"/>.</summary>
    internal static string CompileToSvg(string document, string authorSource, string cacheDirectory) =>
        CompileToSvg(document, authorSource, cacheDirectory, timeout: null);

    /// <summary>As <see cref="CompileToSvg(string, string, string)"/>, stopping latex and dvisvgm after <paramref name="timeout"/>
    /// (null: <see cref="Timeout"/>, read only when latex has to run).</summary>
    internal static string CompileToSvg(string document, string authorSource, string cacheDirectory, TimeSpan? timeout)
    {
        string key = KeyOf(document);
        if (Memory.TryGetValue(key, out var svg)) return svg;
        string cached = Path.Combine(cacheDirectory, key + ".svg");
        if (File.Exists(cached))
        {
            svg = File.ReadAllText(cached);
            Memory[key] = svg;
            return svg;
        }
        LatexRuns.AddOrUpdate(key, 1, (_, n) => n + 1);
        svg = Compile(document, authorSource, timeout ?? Timeout);
        Directory.CreateDirectory(cacheDirectory);
        // Write beside, then rename: a concurrent render never reads a half-written file.
        string temp = cached + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        File.WriteAllText(temp, svg);
        File.Move(temp, cached, overwrite: true);
        Memory[key] = svg;
        return svg;
    }

    // Part of every cache key. Entries from before latex was confined may hold files read from anywhere (an \input of
    // /etc/hostname typeset into the SVG), so changing how latex runs changes the keys rather than trusting them.
    private const string CompilerRevision = "confined-1";

    private static string KeyOf(string document) =>
        Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(CompilerRevision + "\n" + document)))[..24].ToLowerInvariant();

    /// <summary>How many times latex ran for <paramref name="document"/> in this process (for cache tests).</summary>
    internal static int LatexRunCount(string document) => LatexRuns.TryGetValue(KeyOf(document), out int n) ? n : 0;

    /// <summary>Forgets the in-memory results, so the next lookups go to the disk cache.</summary>
    internal static void ClearMemoryCache()
    {
        Memory.Clear();
        MarkMemory.Clear();
    }

    /// <summary>
    /// The characters and rules of the compiled document in the order TeX sets them, each with the label its colour
    /// encodes (see <see cref="DviMarks"/>); null when latex rejects the document. Only latex runs (dvisvgm is not
    /// needed to read colours, so its specials stay off). Cached like <see cref="CompileToSvg(string, string)"/>, a
    /// rejection included, so a substring that cannot be labelled costs one latex run per cache.
    /// </summary>
    /// <exception cref="TexCompilationException">latex was stopped at <see cref="Timeout"/> or for writing too much.</exception>
    internal static IReadOnlyList<DviMark>? CompileMarks(string document, string authorSource)
    {
        string key = KeyOf(document);
        if (MarkMemory.TryGetValue(key, out var marks)) return marks;
        string cached = Path.Combine(CacheDirectory, key + ".marks");
        if (File.Exists(cached))
        {
            marks = ParseMarks(File.ReadAllText(cached));
            MarkMemory[key] = marks;
            return marks;
        }
        LatexRuns.AddOrUpdate(key, 1, (_, n) => n + 1);
        var timeout = Timeout;
        string dir = NewWorkingFolder();
        try
        {
            var dvi = RunLatex(dir, document, authorSource, timeout, out _);
            marks = dvi is null ? null : DviMarks.Read(dvi);
        }
        finally
        {
            DeleteWorkingFolder(dir);
        }
        Directory.CreateDirectory(CacheDirectory);
        string temp = cached + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        File.WriteAllText(temp, FormatMarks(marks));
        File.Move(temp, cached, overwrite: true);
        MarkMemory[key] = marks;
        return marks;
    }

    private static readonly ConcurrentDictionary<string, IReadOnlyList<DviMark>?> MarkMemory = new();

    // One "code:label" per mark; "rejected" when latex refused the document.
    private static string FormatMarks(IReadOnlyList<DviMark>? marks) =>
        marks is null ? "rejected" : string.Join(' ', marks.Select(m => m.Code.ToString(CultureInfo.InvariantCulture) + ":" + m.Label.ToString(CultureInfo.InvariantCulture)));

    private static IReadOnlyList<DviMark>? ParseMarks(string text)
    {
        if (text.Trim() == "rejected") return null;
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(m =>
        {
            int colon = m.IndexOf(':');
            return new DviMark(int.Parse(m[..colon], CultureInfo.InvariantCulture), int.Parse(m[(colon + 1)..], CultureInfo.InvariantCulture));
        }).ToList();
    }

    private static string NewWorkingFolder()
    {
        string dir = Path.Combine(Path.GetTempPath(), "animlib-tex-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static void DeleteWorkingFolder(string dir)
    {
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { /* a temp folder left behind is harmless */ }
    }

    /// <summary>Runs latex on <paramref name="document"/> in <paramref name="dir"/>: the DVI bytes, or null with the error
    /// (refused files named) when TeX rejected the document. A stop at the time limit or the output limit throws.</summary>
    private static byte[]? RunLatex(string dir, string document, string authorSource, TimeSpan timeout, out string? error)
    {
        File.WriteAllText(Path.Combine(dir, "doc.tex"), document);
        // Shell escape off entirely: TeX Live's default is a restricted \write18, which still runs a list of programs.
        var latex = TexProcess.Run("latex", dir, timeout, "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error", "doc.tex");
        ThrowIfStopped("latex", latex, authorSource, timeout);
        if (latex.ExitCode != 0 || !File.Exists(Path.Combine(dir, "doc.dvi")))
        {
            error = RefusalNote(latex) + ExtractError(ReadLogTail(Path.Combine(dir, "doc.log")));
            return null;
        }
        error = null;
        return File.ReadAllBytes(Path.Combine(dir, "doc.dvi"));
    }

    private static string Compile(string document, string authorSource, TimeSpan timeout)
    {
        string dir = NewWorkingFolder();
        try
        {
            if (RunLatex(dir, document, authorSource, timeout, out string? error) is null)
                throw new TexCompilationException(authorSource, error ?? "");
            // No specials: dvisvgm:img and PostScript specials name other files, dvisvgm:raw pastes SVG past TeX. Colour
            // specials go too, which costs nothing: Tex colours its glyphs itself. (A list such as
            // --no-specials=dvisvgm,ps,pdf,html is not safe: dvisvgm 3.0.3 then still ran dvisvgm:raw and dvisvgm:img.)
            var dvisvgm = TexProcess.Run("dvisvgm", dir, timeout,
                "--no-fonts", "--exact-bbox", "--no-specials", "--verbosity=1", "-o", "doc.svg", "doc.dvi");
            ThrowIfStopped("dvisvgm", dvisvgm, authorSource, timeout);
            if (dvisvgm.ExitCode != 0 || !File.Exists(Path.Combine(dir, "doc.svg")))
                throw new TexCompilationException(authorSource, "dvisvgm failed: " + RefusalNote(dvisvgm) + dvisvgm.OutputTail.Trim());
            return File.ReadAllText(Path.Combine(dir, "doc.svg"));
        }
        finally
        {
            DeleteWorkingFolder(dir);
        }
    }

    private static void ThrowIfStopped(string program, TexProcess.Result result, string authorSource, TimeSpan timeout)
    {
        switch (result.Ending)
        {
            case TexProcess.Ending.TimedOut:
                throw new TexCompilationException(authorSource,
                    $"{program} did not finish within {Seconds(timeout)} and was stopped. A macro that never ends (such as " +
                    @"\def\x{\x}\x) does this; if the formula is only slow, raise the limit with TexCompiler.Timeout or the " +
                    $"{TimeoutEnvironmentVariable} environment variable (seconds, e.g. {TimeoutEnvironmentVariable}=120).");
            case TexProcess.Ending.TooMuchOutput:
                throw new TexCompilationException(authorSource,
                    $"{program} wrote more than {TexProcess.MaxFolderBytes / (1024 * 1024)} MB and was stopped (a loop that prints " +
                    "or ships pages for ever?). Its last output:\n" + result.OutputTail.Trim());
        }
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    /// <summary>Says which files kpathsea kept latex from, quoting its lines; empty when it refused none.</summary>
    private static string RefusalNote(TexProcess.Result result) =>
        result.Refusals.Count == 0
            ? ""
            : "latex may read only files in the formula's working folder and TeX's own tree, and write only in that folder; " +
              "it refused a file outside the allowed folder:\n" + string.Join('\n', result.Refusals) + "\n";

    /// <summary>The end of a log, where the error is; a formula that printed for ever leaves a log too large to read whole.</summary>
    private static string ReadLogTail(string path)
    {
        const int MaxBytes = 256 * 1024;
        if (!File.Exists(path)) return "(no log written)";
        using var stream = File.OpenRead(path);
        if (stream.Length > MaxBytes) stream.Seek(-MaxBytes, SeekOrigin.End);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The first "!" error line of a LaTeX log and the lines after it up to the offending input line.</summary>
    internal static string ExtractError(string log)
    {
        var lines = log.Split('\n');
        int first = Array.FindIndex(lines, l => l.StartsWith('!'));
        if (first < 0) return string.Join('\n', lines.TakeLast(15)).Trim();
        int end = Array.FindIndex(lines, first, l => l.StartsWith("l.", StringComparison.Ordinal));
        int last = end < 0 ? Math.Min(lines.Length - 1, first + 6) : Math.Min(lines.Length - 1, end + 1);
        return string.Join('\n', lines[first..(last + 1)]).TrimEnd();
    }
}
