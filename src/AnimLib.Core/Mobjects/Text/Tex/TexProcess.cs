using System.ComponentModel;
using System.Diagnostics;

namespace AnimLib.Mobjects;

/// <summary>
/// Runs latex or dvisvgm on an author's formula, confined: kpathsea lets it read only its working folder and TeX's own
/// tree and write only in its working folder (<c>openin_any=p</c>, <c>openout_any=p</c>), it is stopped with its whole
/// process tree at a time limit or when its folder outgrows <see cref="MaxFolderBytes"/>, and only a bounded part of
/// what it prints is kept.
/// </summary>
internal static class TexProcess
{
    /// <summary>How large the working folder may grow: a formula's files take kilobytes, a printing loop gigabytes.</summary>
    internal const long MaxFolderBytes = 64L * 1024 * 1024;

    private const int TailLines = 8;
    private const int MaxRefusals = 8;
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>How a run ended.</summary>
    internal enum Ending
    {
        /// <summary>The program exited by itself; see <see cref="Result.ExitCode"/>.</summary>
        Exited,

        /// <summary>It ran past the time limit and was killed.</summary>
        TimedOut,

        /// <summary>Its working folder grew past <see cref="MaxFolderBytes"/> and it was killed.</summary>
        TooMuchOutput,
    }

    /// <summary>What a run left.</summary>
    /// <param name="Ending">How it ended.</param>
    /// <param name="ExitCode">Its exit code (meaningful when it <see cref="Ending.Exited"/>).</param>
    /// <param name="Refusals">kpathsea's "Not reading from …" / "Not writing to …" lines: files it was kept from.</param>
    /// <param name="OutputTail">The last lines it printed.</param>
    internal sealed record Result(Ending Ending, int ExitCode, IReadOnlyList<string> Refusals, string OutputTail);

    /// <summary>Runs <paramref name="program"/> in <paramref name="workingDirectory"/>, confined and stopped after <paramref name="timeout"/>.</summary>
    /// <exception cref="InvalidOperationException">The program is not installed.</exception>
    internal static Result Run(string program, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var psi = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Confine(psi.Environment);

        var output = new BoundedOutput();
        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {program}.");
        }
        catch (Win32Exception ex)
        {
            string packages = program == "dvisvgm" ? "dvisvgm" : "texlive-latex-base texlive-latex-recommended texlive-fonts-recommended";
            throw new InvalidOperationException(
                $"Tex and TexText need the '{program}' program, which was not found on PATH. Install the Debian packages " +
                $"{packages} (`sudo apt-get install {packages}`, or run ./scripts/setup).", ex);
        }
        using (process)
        {
            // Line events rather than ReadToEnd: a formula that prints for ever must not fill memory.
            process.OutputDataReceived += (_, e) => output.Add(e.Data);
            process.ErrorDataReceived += (_, e) => output.Add(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.StandardInput.Close();

            var ending = WaitBounded(process, workingDirectory, timeout);
            if (ending != Ending.Exited) Stop(process);
            process.WaitForExit(); // also waits for the last output events
            return new Result(ending, ending == Ending.Exited ? process.ExitCode : -1, output.Refusals, output.Tail);
        }
    }

    /// <summary>
    /// Sets kpathsea's file rules in the child's environment, where they override texmf.cnf. Variables that would win
    /// over them (<c>openin_any_latex</c>, <c>openin_any.latex</c>) and <c>TEXMFOUTPUT</c> (a folder paranoid mode
    /// still lets absolute paths reach) are removed.
    /// </summary>
    internal static void Confine(IDictionary<string, string?> environment)
    {
        var loosening = environment.Keys
            .Where(k => k.StartsWith("openin_any", StringComparison.OrdinalIgnoreCase)
                || k.StartsWith("openout_any", StringComparison.OrdinalIgnoreCase)
                || k.Equals("TEXMFOUTPUT", StringComparison.OrdinalIgnoreCase))
            .ToList();
        foreach (var key in loosening) environment.Remove(key);
        environment["openin_any"] = "p";
        environment["openout_any"] = "p";
    }

    private static Ending WaitBounded(Process process, string workingDirectory, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero) return Ending.TimedOut;
            if (process.WaitForExit(left < PollInterval ? left : PollInterval)) return Ending.Exited;
            if (FolderBytes(workingDirectory) > MaxFolderBytes) return Ending.TooMuchOutput;
        }
    }

    private static long FolderBytes(string directory)
    {
        try
        {
            return new DirectoryInfo(directory).EnumerateFiles().Sum(f => f.Length);
        }
        catch (IOException)
        {
            return 0; // A file vanishing between listing and sizing: measure again at the next poll.
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the last check and the kill.
        }
        catch (Win32Exception)
        {
            // Some of the tree could not be signalled (already gone); WaitForExit below still waits for the program.
        }
    }

    /// <summary>Keeps kpathsea's refusal lines and the last lines printed; drops the rest.</summary>
    private sealed class BoundedOutput
    {
        private readonly Lock _gate = new();
        private readonly Queue<string> _tail = new();
        private readonly List<string> _refusals = [];

        public void Add(string? line)
        {
            if (line is null) return;
            lock (_gate)
            {
                if (_refusals.Count < MaxRefusals && IsRefusal(line) && !_refusals.Contains(line)) _refusals.Add(line);
                _tail.Enqueue(line.Length > 500 ? line[..500] + "…" : line);
                if (_tail.Count > TailLines) _tail.Dequeue();
            }
        }

        public IReadOnlyList<string> Refusals
        {
            get { lock (_gate) return [.. _refusals]; }
        }

        public string Tail
        {
            get { lock (_gate) return string.Join('\n', _tail); }
        }

        // kpathsea's words when openin_any / openout_any refuses a name, e.g.
        // "latex: Not reading from /etc/hostname (openin_any = p)."
        private static bool IsRefusal(string line) =>
            line.Contains("Not reading from ", StringComparison.Ordinal) && line.Contains("openin_any", StringComparison.Ordinal)
            || line.Contains("Not writing to ", StringComparison.Ordinal) && line.Contains("openout_any", StringComparison.Ordinal);
    }
}
