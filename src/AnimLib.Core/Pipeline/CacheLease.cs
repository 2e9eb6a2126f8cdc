using System.Globalization;
using AnimLib.Encoding;

namespace AnimLib.Pipeline;

/// <summary>
/// Marks a render as running in a partial-movie cache folder, for the renders that share the folder (shards, CI jobs, two
/// terminals; on one machine or several): a file in <c>.leases/</c> holding the render's start time, touched every
/// <see cref="RefreshInterval"/> while the render runs and deleted when it ends.
/// </summary>
/// <remarks>
/// Every segment a render writes or reuses has a modification time after the render started (a reuse touches it), so an
/// eviction that deletes only entries older than the start of every other live lease never takes one a running render
/// still needs. A lease not touched for <see cref="StaleAfter"/> belongs to a render that was killed and is ignored (then
/// deleted). Start times are compared with <see cref="ClockSkew"/> to spare, for machines whose clocks differ a little.
/// </remarks>
internal sealed class CacheLease : IDisposable
{
    /// <summary>Subfolder of the cache folder that holds the leases.</summary>
    public const string FolderName = ".leases";

    /// <summary>How often a running render touches its lease.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    /// <summary>A lease not touched for this long belongs to a render that no longer runs.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    /// <summary>How far the clocks of machines sharing a folder may differ.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    private readonly Timer _timer;
    private readonly object _lock = new();
    private bool _disposed;

    private CacheLease(string path, DateTime startedUtc)
    {
        Path = path;
        StartedUtc = startedUtc;
        Write();
        _timer = new Timer(_ => Touch(), null, RefreshInterval, RefreshInterval);
    }

    /// <summary>The lease file.</summary>
    public string Path { get; }

    /// <summary>When the render started (UTC), as written in the lease.</summary>
    public DateTime StartedUtc { get; }

    /// <summary>Takes a lease in <paramref name="cacheDirectory"/> for a render starting now.</summary>
    /// <exception cref="IOException">The lease cannot be written (the folder is read-only, say).</exception>
    public static CacheLease Take(string cacheDirectory)
    {
        string folder = System.IO.Path.Combine(System.IO.Path.GetFullPath(cacheDirectory), FolderName);
        Directory.CreateDirectory(folder);
        return new CacheLease(System.IO.Path.Combine(folder, $"{Guid.NewGuid():N}.lease"), DateTime.UtcNow);
    }

    /// <summary>
    /// The earliest start of the renders other than <paramref name="own"/> that hold a live lease in
    /// <paramref name="cacheDirectory"/>, less <see cref="ClockSkew"/>; null when none does. Stale leases are deleted.
    /// </summary>
    public static DateTime? OldestOtherStart(string cacheDirectory, CacheLease? own)
    {
        var folder = new DirectoryInfo(System.IO.Path.Combine(cacheDirectory, FolderName));
        if (!folder.Exists) return null;
        DateTime now = DateTime.UtcNow;
        DateTime? oldest = null;
        foreach (var lease in folder.EnumerateFiles("*.lease"))
        {
            if (own is not null && string.Equals(lease.FullName, own.Path, StringComparison.Ordinal)) continue;
            if (now - lease.LastWriteTimeUtc > StaleAfter)
            {
                TempFiles.TryDelete(lease.FullName);
                continue;
            }
            // A lease that cannot be read is being written right now: its render started a moment ago, or earlier.
            DateTime start = ReadStart(lease.FullName) ?? lease.LastWriteTimeUtc;
            if (oldest is null || start < oldest) oldest = start;
        }
        return oldest - ClockSkew;
    }

    /// <summary>Deletes the lease: the render no longer needs anything in the cache.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _timer.Dispose();
        TempFiles.TryDelete(Path);
    }

    private void Touch()
    {
        lock (_lock)
        {
            if (_disposed) return;
            try
            {
                // Re-written when gone: a render paused past StaleAfter may have had its lease removed as stale.
                if (File.Exists(Path)) File.SetLastWriteTimeUtc(Path, DateTime.UtcNow);
                else Write();
            }
            catch (IOException)
            {
                // A lease that cannot be refreshed goes stale: other renders then evict as if this one had stopped.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private void Write()
    {
        // Through a temporary name, so that a reader never sees a half-written start time.
        string temp = Path + ".tmp";
        File.WriteAllText(temp, string.Create(CultureInfo.InvariantCulture,
            $"started {StartedUtc:O} on {Environment.MachineName}, process {Environment.ProcessId}{Environment.NewLine}"));
        File.Move(temp, Path, overwrite: true);
    }

    private static DateTime? ReadStart(string path)
    {
        try
        {
            string[] words = File.ReadAllText(path).Split(' ', 3);
            return words.Length >= 2 && words[0] == "started"
                   && DateTime.TryParse(words[1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var start)
                ? start.ToUniversalTime()
                : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
