using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using AnimLib.Animations;
using AnimLib.Display;
using AnimLib.Encoding;
using AnimLib.Mobjects;

namespace AnimLib.Pipeline;

/// <summary>
/// Keys a segment of the partial-movie cache: a 128-bit xxHash of everything that decides its bytes — the display
/// list of every frame, the frame size and rate, the encoder settings — and of nothing else (not the object graph).
/// </summary>
public sealed class SegmentHasher
{
    // A rebuilt engine may rasterize differently, so its module identity is part of every key.
    private static readonly string EngineVersion = typeof(SegmentHasher).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly XxHash128 _hash = new();
    private readonly byte[] _scratch = new byte[64];

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
        var head = MemoryMarshal.Cast<byte, int>(_scratch.AsSpan(0, 8));
        head[0] = snapshot.PixelWidth;
        head[1] = snapshot.PixelHeight;
        _hash.Append(_scratch.AsSpan(0, 8));
        AppendRgba(snapshot.Background);
        AppendInt(snapshot.Items.Count);
        foreach (var item in snapshot.Items)
        {
            switch (item)
            {
                case VectorItem v:
                    AppendInt(1);
                    AddVector(v);
                    break;
                case DotCloudItem d:
                    AppendInt(2);
                    AppendFloat(d.Shading);
                    AppendFloats(d.Centers);
                    AppendFloats(d.Radii);
                    AppendFloats(d.Colors);
                    break;
                case ImageItem i:
                    AppendInt(3);
                    AppendFloat(i.Opacity);
                    AppendFloats(i.Matrix);
                    AppendInt(i.Image.Width);
                    AppendInt(i.Image.Height);
                    _hash.Append(i.Image.Pixels);
                    break;
                case MeshItem m:
                    AppendInt(4);
                    AppendFloats(m.Positions);
                    AppendFloats(m.Colors);
                    AppendFloats(m.OutlineEdges ?? []);
                    AppendFloats(m.OutlineColors ?? []);
                    break;
                default:
                    throw new NotSupportedException(
                        $"The partial-movie cache cannot hash display items of type {item.GetType().Name}; render with --disable-caching, or add the type to SegmentHasher.");
            }
        }
    }

    private void AddVector(VectorItem item)
    {
        AppendRgba(item.Fill);
        AppendRgba(item.Stroke);
        var f = MemoryMarshal.Cast<byte, float>(_scratch.AsSpan(0, 12));
        f[0] = item.StrokeWidth;
        f[1] = item.FillBorderWidth;
        f[2] = item.StrokeBehind ? 1 : 0;
        _hash.Append(_scratch.AsSpan(0, 12));
        AppendFloats(item.Points);
        AppendInt(item.CurveStrokeWidths?.Length ?? -1);
        if (item.CurveStrokeWidths is { } widths) _hash.Append(MemoryMarshal.AsBytes(widths.AsSpan()));
    }

    private void AppendFloat(float value)
    {
        MemoryMarshal.Write(_scratch, in value);
        _hash.Append(_scratch.AsSpan(0, 4));
    }

    private void AppendFloats(float[] values)
    {
        AppendInt(values.Length);
        _hash.Append(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>The key so far as 32 lower-case hex digits (usable as a file name).</summary>
    public string Key()
    {
        Span<byte> digest = stackalloc byte[16];
        _hash.GetCurrentHash(digest);
        return Convert.ToHexStringLower(digest) + "_" + FrameCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private void AppendInt(int value)
    {
        MemoryMarshal.Write(_scratch, in value);
        _hash.Append(_scratch.AsSpan(0, 4));
    }

    private void AppendRgba(Rgba c)
    {
        var f = MemoryMarshal.Cast<byte, float>(_scratch.AsSpan(0, 16));
        f[0] = c.R;
        f[1] = c.G;
        f[2] = c.B;
        f[3] = c.A;
        _hash.Append(_scratch.AsSpan(0, 16));
    }
}
