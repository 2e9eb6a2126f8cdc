namespace AnimLib.Bench;

/// <summary>
/// Samples the peak resident memory of this process's children (the ffmpeg encoder) every 50 ms: Manim CE encodes
/// in-process, so a like-for-like memory figure adds the encoder's to ours.
/// </summary>
internal sealed class ChildMemoryProbe : IDisposable
{
    private readonly Timer _timer;
    private double _peak;

    public ChildMemoryProbe() => _timer = new Timer(_ => Sample(), null, 0, 50);

    /// <summary>Largest VmHWM seen in any child, in MiB.</summary>
    public double PeakMiB
    {
        get
        {
            Sample();
            lock (_timer) return _peak;
        }
    }

    private void Sample()
    {
        try
        {
            foreach (string task in Directory.EnumerateDirectories("/proc/self/task"))
            foreach (string pid in File.ReadAllText(Path.Combine(task, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    double mib = long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim()) / 1024.0;
                    lock (_timer) _peak = Math.Max(_peak, mib);
                }
        }
        catch (IOException)
        {
            // A child exited between listing and reading.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose() => _timer.Dispose();
}
