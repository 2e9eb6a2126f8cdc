using System.Globalization;

namespace AnimLib.Bench;

/// <summary>
/// Samples, every 25 ms, the memory of a running process and of its direct children (the ffmpeg processes that
/// <c>animlib render</c> starts): its own peak, the largest child's peak, and the largest sum of what all of them held
/// at one moment (what a machine running the command must have free).
/// </summary>
/// <remarks>
/// <see cref="ChildMemoryProbe"/> watches this process's own children; this one watches another process's, found
/// through <c>/proc/PID/task/*/children</c>. An ffmpeg that lives less than one interval may be missed; the encoders
/// of a render live for whole segments.
/// </remarks>
internal sealed class ProcessTreeMemoryProbe : IDisposable
{
    private readonly int _pid;
    private readonly Timer _timer;
    private readonly object _gate = new();
    private double _ownPeak;
    private double _childPeak;
    private double _treePeak;

    public ProcessTreeMemoryProbe(int pid)
    {
        _pid = pid;
        _timer = new Timer(_ => Sample(), null, 0, 25);
    }

    /// <summary>Peak resident memory (VmHWM) of the process, in MiB.</summary>
    public double OwnPeakMib
    {
        get
        {
            lock (_gate) return _ownPeak;
        }
    }

    /// <summary>Largest peak resident memory of any one child, in MiB.</summary>
    public double ChildPeakMib
    {
        get
        {
            lock (_gate) return _childPeak;
        }
    }

    /// <summary>Largest resident memory of the process and its children together at one sample, in MiB.</summary>
    public double TreePeakMib
    {
        get
        {
            lock (_gate) return _treePeak;
        }
    }

    /// <summary>Takes one more sample now (before the process is waited for, while its figures can still be read).</summary>
    public void Sample()
    {
        // Samples never run side by side: a slow one (a loaded machine) would otherwise overlap the next.
        lock (_gate)
        {
            var own = Read(_pid);
            if (own is null) return;
            _ownPeak = Math.Max(_ownPeak, own.Value.Hwm);
            double tree = own.Value.Rss;
            foreach (int child in Children(_pid))
                if (Read(child) is { } c)
                {
                    _childPeak = Math.Max(_childPeak, c.Hwm);
                    tree += c.Rss;
                }
            _treePeak = Math.Max(_treePeak, tree);
        }
    }

    public void Dispose()
    {
        using var done = new ManualResetEvent(false);
        // Waits for a sample in flight, so that none runs after the caller has read the figures.
        if (_timer.Dispose(done)) done.WaitOne();
    }

    private static IEnumerable<int> Children(int pid)
    {
        var children = new List<int>();
        try
        {
            foreach (string task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            foreach (string id in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                children.Add(int.Parse(id, CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process or one of its threads ended while being listed.
        }
        return children;
    }

    /// <summary>VmHWM and VmRSS of a process in MiB, or null once it has gone.</summary>
    private static (double Hwm, double Rss)? Read(int pid)
    {
        try
        {
            double hwm = double.NaN, rss = double.NaN;
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) hwm = Kib(line) / 1024.0;
                else if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kib(line) / 1024.0;
            }
            // A zombie (exited, not yet waited for) has no memory lines left.
            return double.IsNaN(hwm) || double.IsNaN(rss) ? null : (hwm, rss);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Kib(string line) =>
        long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
}
