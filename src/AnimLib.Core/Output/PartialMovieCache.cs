namespace AnimLib.Output;

/// <summary>
/// A folder of encoded segments named by their <see cref="SegmentHasher"/> key, with a cap on the number of files and
/// their total size; the least recently used files (by modification time, which a hit refreshes) go first.
/// </summary>
public sealed class PartialMovieCache
{
    /// <summary>Opens (creating if needed) the cache in <paramref name="directory"/>.</summary>
    /// <param name="directory">Folder of the segment files.</param>
    /// <param name="maxFiles">Most segment files kept (0 or less: no limit).</param>
    /// <param name="maxBytes">Most bytes kept (0 or less: no limit).</param>
    public PartialMovieCache(string directory, int maxFiles = 100, long maxBytes = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
        MaxFiles = maxFiles;
        MaxBytes = maxBytes;
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The cache folder.</summary>
    public string Directory { get; }

    /// <summary>Most segment files kept (0 or less: no limit).</summary>
    public int MaxFiles { get; }

    /// <summary>Most bytes kept (0 or less: no limit).</summary>
    public long MaxBytes { get; }

    /// <summary>Where the segment with <paramref name="key"/> is (or would be) stored.</summary>
    public string PathFor(string key, string extension) => Path.Combine(Directory, key + extension);

    /// <summary>Looks a segment up; on a hit refreshes its use time so eviction keeps it longest.</summary>
    public bool TryGet(string key, string extension, out string path)
    {
        path = PathFor(key, extension);
        if (!File.Exists(path)) return false;
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (IOException)
        {
            // A read-only cache still serves hits; it only loses its LRU order.
        }
        catch (UnauthorizedAccessException)
        {
        }
        return true;
    }

    /// <summary>Deletes every cached segment (<c>--flush-cache</c>); returns how many files were removed.</summary>
    public int Flush()
    {
        int removed = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory))
        {
            File.Delete(file);
            removed++;
        }
        return removed;
    }

    /// <summary>Deletes least recently used segments until the caps hold, never those in <paramref name="keep"/>; returns the number deleted.</summary>
    public int Evict(IReadOnlyCollection<string> keep)
    {
        var keepSet = new HashSet<string>(keep.Select(Path.GetFullPath), StringComparer.Ordinal);
        var files = new DirectoryInfo(Directory).EnumerateFiles()
            .Where(f => !f.Name.StartsWith('.'))
            .OrderBy(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        long bytes = files.Sum(f => f.Length);
        int count = files.Count, removed = 0;
        foreach (var f in files)
        {
            bool overCount = MaxFiles > 0 && count > MaxFiles;
            bool overSize = MaxBytes > 0 && bytes > MaxBytes;
            if (!overCount && !overSize) break;
            if (keepSet.Contains(f.FullName)) continue;
            bytes -= f.Length;
            count--;
            f.Delete();
            removed++;
        }
        return removed;
    }
}
