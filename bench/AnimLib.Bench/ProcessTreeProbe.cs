using System.Globalization;

namespace AnimLib.Bench;

/// <summary>
/// Samples, every 20 ms while a command runs, the peak resident memory (VmHWM) of that process and of its ffmpeg
/// children, and counts the ffmpeg processes it started. A child's figures are only readable while it lives, so they
/// are what the samples saw; every ffmpeg lives at least ~0.1 s (its start alone), and is sampled several times.
/// </summary>
internal sealed class ProcessTreeProbe : IDisposable
{
    private const int SampleMilliseconds = 20;

    private readonly int _pid;
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private readonly HashSet<int> _ffmpeg = [];
    private double _peak;
    private double _ffmpegPeak;

    public ProcessTreeProbe(int pid)
    {
        _pid = pid;
        _timer = new Timer(_ => Sample(), null, 0, SampleMilliseconds);
    }

    /// <summary>Largest VmHWM seen of the process itself, in MiB.</summary>
    public double PeakMiB
    {
        get
        {
            lock (_lock) return _peak;
        }
    }

    /// <summary>Largest VmHWM seen in any of its ffmpeg children, in MiB.</summary>
    public double FfmpegPeakMiB
    {
        get
        {
            lock (_lock) return _ffmpegPeak;
        }
    }

    /// <summary>Distinct ffmpeg children seen.</summary>
    public int FfmpegProcesses
    {
        get
        {
            lock (_lock) return _ffmpeg.Count;
        }
    }

    private void Sample()
    {
        lock (_lock)
        {
            if (VmHwmMiB(_pid) is double own) _peak = Math.Max(_peak, own);
            foreach (int child in Children(_pid))
            {
                // Only ffmpeg counts: a TeX scene also runs latex and dvisvgm on a cache miss. A child caught between
                // fork and exec still has its parent's name, so one that is not ffmpeg yet is looked at again next time.
                if (!_ffmpeg.Contains(child))
                {
                    if (Command(child) != "ffmpeg") continue;
                    _ffmpeg.Add(child);
                }
                if (VmHwmMiB(child) is double mib) _ffmpegPeak = Math.Max(_ffmpegPeak, mib);
            }
        }
    }

    /// <summary>Children of every thread of the process (a child belongs to the thread that started it).</summary>
    private static List<int> Children(int pid)
    {
        var children = new List<int>();
        try
        {
            foreach (string task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
                foreach (string child in Read(Path.Combine(task, "children"))?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [])
                    children.Add(int.Parse(child, CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process or one of its threads ended while being listed.
        }
        return children;
    }

    private static string? Command(int pid) => Read($"/proc/{pid}/comm")?.Trim();

    /// <summary>VmHWM of a live process, in MiB; null once it has exited (a zombie has no memory figures).</summary>
    public static double? VmHwmMiB(int pid)
    {
        string? status = Read($"/proc/{pid}/status");
        if (status is null) return null;
        foreach (string line in status.Split('\n'))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) / 1024.0;
        return null;
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        // The timer's callback may still be running: waiting for it keeps the figures final once disposed.
        using var done = new ManualResetEvent(false);
        if (_timer.Dispose(done)) done.WaitOne();
    }
}
