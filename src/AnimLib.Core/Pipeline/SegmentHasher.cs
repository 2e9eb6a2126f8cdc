using System.IO.Hashing;
using AnimLib.Display;
using AnimLib.Encoding;

namespace AnimLib.Pipeline;

/// <summary>
/// Keys a segment of the partial-movie cache: a 128-bit xxHash of everything that decides its bytes — the display
/// list of every frame, the frame size and rate, the encoder settings — and of nothing else (not the object graph).
/// </summary>
internal sealed class SegmentHasher
{
    // A rebuilt engine may rasterize differently, so its module identity is part of every key.
    private static readonly string EngineVersion = typeof(SegmentHasher).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly XxHash128 _hash = new();

    /// <summary>Starts a key for a segment encoded with <paramref name="video"/> (and any extra settings text).</summary>
    public SegmentHasher(VideoSettings video, string extra = "")
    {
        ArgumentNullException.ThrowIfNull(video);
        _hash.Append(System.Text.Encoding.UTF8.GetBytes($"{EngineVersion}|{video}|{extra}"));
    }

    /// <summary>Frames added so far.</summary>
    public int FrameCount { get; private set; }

    /// <summary>Adds one frame's display list.</summary>
    public void Add(FrameSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        FrameCount++;
        _hash.AppendInt32(snapshot.PixelWidth);
        _hash.AppendInt32(snapshot.PixelHeight);
        _hash.AppendRgba(snapshot.Background);
        _hash.AppendInt32(snapshot.Items.Count);
        foreach (var item in snapshot.Items) item.AppendHash(_hash);
    }

    /// <summary>The key so far as 32 lower-case hex digits (usable as a file name).</summary>
    public string Key()
    {
        Span<byte> digest = stackalloc byte[16];
        _hash.GetCurrentHash(digest);
        return Convert.ToHexStringLower(digest) + "_" + FrameCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
