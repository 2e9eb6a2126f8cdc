using System.Collections.Concurrent;

namespace AnimLib.Display;

/// <summary>
/// Decodes image files (PNG, JPEG, WebP, GIF's first frame, BMP, ICO, WBMP) to <see cref="RasterImage"/>s through
/// Skia's codecs, turned upright as their EXIF orientation says. Results are cached per full path and modification
/// time, so a scene that builds many copies decodes each file once and an edited file is read again.
/// </summary>
public static class ImageDecoder
{
    private static readonly ConcurrentDictionary<(string Path, DateTime Modified), Lazy<RasterImage>> Cache = new();

    /// <summary>Decodes <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist (the message names the full path).</exception>
    /// <exception cref="InvalidDataException">
    /// The file is not an image in a supported format, or is truncated or corrupt (the message names the file and the
    /// supported formats).
    /// </exception>
    public static RasterImage Decode(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new FileNotFoundException($"Image file not found: {full}. Check the path (relative paths are resolved from {Environment.CurrentDirectory}).", full);
        var key = (full, File.GetLastWriteTimeUtc(full));
        // Lazy so that threads asking for the same file at once decode it once; a failed decode is not kept.
        var entry = Cache.GetOrAdd(key, k => new Lazy<RasterImage>(() => Read(k.Path)));
        try
        {
            return entry.Value;
        }
        catch
        {
            Cache.TryRemove(new KeyValuePair<(string, DateTime), Lazy<RasterImage>>(key, entry));
            throw;
        }
    }

    private static RasterImage Read(string fullPath) =>
        ImageFileReader.Read(fullPath, (width, height) =>
        {
            var pixels = new byte[width * height * 4];
            return (new RasterImage(width, height, pixels), pixels);
        });
}
