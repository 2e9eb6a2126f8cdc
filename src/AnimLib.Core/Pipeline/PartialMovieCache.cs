using AnimLib.Encoding;

namespace AnimLib.Pipeline;

/// <summary>
/// A folder of encoded segments named by their <see cref="SegmentHasher"/> key, with a cap on the number of files and
/// their total size; the least recently used files (by modification time, which a hit refreshes) go first.
/// </summary>
/// <remarks>
/// Every entry has a <see cref="CacheEntryRecord"/> (length, checksum, frames), written before the entry appears by a
/// rename; a lookup trusts an entry only when it matches its record, and deletes it otherwise. Renders sharing the folder
/// hold a <see cref="CacheLease"/>: eviction never deletes an entry used since the start of another running render.
/// </remarks>
internal sealed class PartialMovieCache
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

    /// <summary>The lease of the render using this cache, if it took one: eviction spares only other renders' entries.</summary>
    public CacheLease? Lease { get; set; }

    /// <summary>Where the segment with <paramref name="key"/> is (or would be) stored.</summary>
    public string PathFor(string key, string extension) => Path.Combine(Directory, key + extension);

    /// <summary>
    /// Looks a segment up. A hit is an entry whose length and checksum match its record and whose frame count is
    /// <paramref name="frames"/>; its use time is refreshed so eviction keeps it longest. An entry that fails the check
    /// (or has no record) is deleted and <paramref name="rejected"/> says why.
    /// </summary>
    /// <param name="key">The segment's key.</param>
    /// <param name="extension">Segment file extension, e.g. <c>.mp4</c>.</param>
    /// <param name="frames">Frames the segment has.</param>
    /// <param name="path">Where the entry is (or would be).</param>
    /// <param name="rejected">Null on a hit or a plain miss; otherwise why the entry found was not trusted.</param>
    public bool TryGet(string key, string extension, int frames, out string path, out string? rejected)
    {
        path = PathFor(key, extension);
        rejected = null;
        if (!File.Exists(path)) return false;
        // Touched before it is checked: an eviction in another render that listed it as old re-reads the time and spares it.
        Touch(path);
        try
        {
            rejected = CacheEntryRecord.Load(path) is { } record
                ? record.Mismatch(path, frames)
                : "has no checksum record (cached by an older AnimLib, or by a render stopped while caching it)";
        }
        catch (FileNotFoundException)
        {
            // Evicted between the check and the read: a plain miss.
            return false;
        }
        catch (IOException e)
        {
            rejected = $"cannot be read ({e.Message})";
        }
        if (rejected is null) return true;
        Remove(path);
        return false;
    }

    /// <summary>
    /// Moves a checked, complete segment file into the cache under <paramref name="key"/>, recording its length, checksum
    /// and <paramref name="frames"/> first; returns the entry's path.
    /// </summary>
    public string Add(string key, string extension, string file, int frames)
    {
        string path = PathFor(key, extension);
        // The record is in place before the entry: an entry without one is only ever left by a render that was killed.
        CacheEntryRecord.Of(file, frames).Save(path);
        File.Move(file, path, overwrite: true);
        return path;
    }

    /// <summary>
    /// Deletes every cached segment (<c>--flush-cache</c>) except those another running render has used since it started;
    /// returns how many files were removed.
    /// </summary>
    public int Flush() => Trim([], everything: true);

    /// <summary>
    /// Deletes least recently used segments until the caps hold, never those in <paramref name="keep"/> nor those another
    /// running render has used since it started (the caps may then stay exceeded until that render ends); returns the
    /// number deleted.
    /// </summary>
    public int Evict(IReadOnlyCollection<string> keep) => Trim(keep, everything: false);

    private int Trim(IReadOnlyCollection<string> keep, bool everything)
    {
        var keepSet = new HashSet<string>(keep.Select(Path.GetFullPath), StringComparer.Ordinal);
        // Entries used by a running render are at least as new as its start.
        DateTime cutoff = CacheLease.OldestOtherStart(Directory, Lease) ?? DateTime.MaxValue;
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
            if (!everything && !overCount && !overSize) break;
            if (keepSet.Contains(f.FullName)) continue;
            // Read again just before deleting: another render may have reused it since the listing.
            f.Refresh();
            if (!f.Exists || f.LastWriteTimeUtc >= cutoff) continue;
            bytes -= f.Length;
            count--;
            Remove(f.FullName);
            removed++;
        }
        RemoveOrphanRecords(cutoff);
        return removed;
    }

    /// <summary>Records whose entry is gone: left by a render killed between writing a record and its entry, or by an eviction.</summary>
    private void RemoveOrphanRecords(DateTime cutoff)
    {
        var folder = new DirectoryInfo(Path.Combine(Directory, CacheEntryRecord.FolderName));
        if (!folder.Exists) return;
        foreach (var record in folder.EnumerateFiles("*.json"))
        {
            // A recent record may be one a running render has just written, its entry about to appear.
            if (record.LastWriteTimeUtc >= cutoff || record.Name.StartsWith('.')) continue;
            if (!File.Exists(Path.Combine(Directory, Path.GetFileNameWithoutExtension(record.Name)))) TempFiles.TryDelete(record.FullName);
        }
    }

    private static void Remove(string entry)
    {
        TempFiles.TryDelete(entry);
        TempFiles.TryDelete(CacheEntryRecord.PathFor(entry));
    }

    private static void Touch(string path)
    {
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
    }
}
