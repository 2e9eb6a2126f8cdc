using System.IO.Hashing;
using System.Text.Json.Serialization;
using System.Text.Json;
using AnimLib.Encoding;

namespace AnimLib.Pipeline;

/// <summary>
/// What a partial movie held when it entered the cache: its length, an XxHash3 checksum of its bytes and its frame count,
/// kept in <c>.checks/&lt;entry&gt;.json</c> beside it. A reuse compares length and checksum (one read of the file, no
/// ffprobe) and the frame count with the frames the segment needs, so a file cut short, emptied or altered is never joined.
/// </summary>
/// <param name="Length">Bytes of the entry.</param>
/// <param name="Checksum">XxHash3 of the entry's bytes, 16 hex digits.</param>
/// <param name="Frames">Frames in the entry, as counted when it was checked on entering the cache.</param>
internal sealed record CacheEntryRecord(
    [property: JsonPropertyName("length")] long Length,
    [property: JsonPropertyName("xxhash3")] string Checksum,
    [property: JsonPropertyName("frames")] int Frames)
{
    /// <summary>Subfolder of the cache folder that holds the records.</summary>
    public const string FolderName = ".checks";

    /// <summary>The record of the file at <paramref name="path"/> as it is now.</summary>
    public static CacheEntryRecord Of(string path, int frames)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16);
        var hash = new XxHash3();
        hash.Append(stream);
        return new CacheEntryRecord(stream.Length, Convert.ToHexStringLower(hash.GetCurrentHash()), frames);
    }

    /// <summary>Where the record of <paramref name="entryPath"/> is kept.</summary>
    public static string PathFor(string entryPath) =>
        Path.Combine(Path.GetDirectoryName(entryPath)!, FolderName, Path.GetFileName(entryPath) + ".json");

    /// <summary>Writes the record of <paramref name="entryPath"/> (through a temporary name: a reader sees all of it or none).</summary>
    public void Save(string entryPath)
    {
        string path = PathFor(entryPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string temp = TempFiles.Beside(path);
        try
        {
            File.WriteAllText(temp, JsonSerializer.Serialize(this));
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            TempFiles.TryDelete(temp);
        }
    }

    /// <summary>The record of <paramref name="entryPath"/>, or null when there is none or it cannot be read.</summary>
    public static CacheEntryRecord? Load(string entryPath)
    {
        try
        {
            return JsonSerializer.Deserialize<CacheEntryRecord>(File.ReadAllText(PathFor(entryPath)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Why the file at <paramref name="entryPath"/>, needed with <paramref name="frames"/> frames, cannot be trusted; null
    /// when its length and checksum match this record.
    /// </summary>
    public string? Mismatch(string entryPath, int frames)
    {
        if (Frames != frames) return $"was recorded with {Frames} frames but the animation has {frames}";
        long length = new FileInfo(entryPath).Length;
        if (length != Length) return $"is {length} bytes but was {Length} when cached (cut short or overwritten)";
        var now = Of(entryPath, frames);
        return now.Checksum == Checksum ? null : "has the recorded length but not the recorded checksum (its bytes changed)";
    }
}
