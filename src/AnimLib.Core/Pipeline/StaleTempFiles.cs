using System.Text.RegularExpressions;
using AnimLib.Encoding;

namespace AnimLib.Pipeline;

/// <summary>
/// Removes the temporary files a render killed outright (kill -9, a power cut) left behind: pending segments in the
/// partial-movie cache and half-written outputs beside their targets. Renders still running keep theirs.
/// </summary>
/// <remarks>
/// A temporary file is stale when the process named in it (<see cref="TempFileOwner"/>) is gone from this machine. A
/// name without such a token (written by an older version, or on another machine sharing the folder) is stale only
/// once it has not changed for <see cref="MaxAge"/>: a running render's files change while they are written.
/// </remarks>
internal static partial class StaleTempFiles
{
    /// <summary>Age past which a temporary file whose writer cannot be asked is taken for a leftover.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    /// <summary>Deletes the stale temporary files and folders directly in <paramref name="folder"/>; returns how many were removed.</summary>
    public static int Sweep(string folder) => Sweep(folder, DateTime.UtcNow);

    /// <summary><see cref="Sweep(string)"/> as if the time were <paramref name="nowUtc"/>.</summary>
    public static int Sweep(string folder, DateTime nowUtc)
    {
        IEnumerable<FileSystemInfo> entries;
        try
        {
            if (!Directory.Exists(folder)) return 0;
            entries = new DirectoryInfo(folder).EnumerateFileSystemInfos(".*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
        int removed = 0;
        foreach (var entry in entries)
        {
            if (!IsTemporaryName(entry.Name) || !IsStale(entry, nowUtc)) continue;
            TempFiles.TryDelete(entry.FullName);
            entry.Refresh();
            if (!entry.Exists) removed++;
        }
        return removed;
    }

    /// <summary>True for the names <see cref="TempFiles"/> and the partial-movie cache give temporary files.</summary>
    public static bool IsTemporaryName(string name) => TemporaryName().IsMatch(name);

    private static bool IsStale(FileSystemInfo entry, DateTime nowUtc) => TempFileOwner.StateOf(entry.Name) switch
    {
        OwnerState.Running => false,
        OwnerState.Gone => true,
        // A reused id, or no owner to ask: judged by age, so that a misread start time never costs a running render its files.
        _ => nowUtc - LastChangeUtc(entry) > MaxAge,
    };

    /// <summary>When the entry last changed: for a folder (a PNG sequence or segments being written), its newest entry.</summary>
    private static DateTime LastChangeUtc(FileSystemInfo entry)
    {
        var latest = entry.LastWriteTimeUtc;
        if (entry is DirectoryInfo directory)
        {
            try
            {
                foreach (var inner in directory.EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
                    if (inner.LastWriteTimeUtc > latest) latest = inner.LastWriteTimeUtc;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Unreadable: treat as changed now, so that it is kept.
                return DateTime.MaxValue;
            }
        }
        return latest;
    }

    // `.<name>.<12 hex>[.<owner>].partial[<ext>]` (TempFiles) and `.pending-[<owner>-]<32 hex><ext>` (the cache's pending segments).
    [GeneratedRegex(@"^\.(?:.+\.[0-9a-f]{12}(?:\.pid[0-9a-f-]+)?\.partial(?:\..*)?|pending-(?:pid[0-9a-f-]+-)?[0-9a-f]{32}\.[A-Za-z0-9]+)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}
