using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace AnimLib.Rendering;

/// <summary>
/// Fills triangles with per-vertex colours (blended linearly across each triangle) straight into premultiplied
/// BGRA_8888 pixels, covering the same pixels as Skia's non-antialiased <c>DrawVertices</c> and blending the same way.
/// </summary>
/// <remarks>
/// Skia sets up a scan converter and a shader pipeline for every triangle, which dominates when a shaded surface is
/// thousands of triangles of a few hundred pixels each; here a triangle costs a few dozen arithmetic operations plus
/// one loop per row. Coverage follows Skia's fixed-point triangle scan (SkScan::FillTriangle): vertices are truncated
/// to 1/64 pixel, a row is covered from the row whose centre lies at or below the top vertex to the last one above the
/// bottom vertex, and each edge's x (16.16 fixed point, stepped row by row) is rounded to the first pixel outside on
/// each side. A pixel is therefore covered when its centre is inside, and an edge shared by two triangles gives each
/// pixel along it to exactly one of them (no seams, no double blending of translucent meshes). Colours are the
/// straight 8-bit colours Skia would be given, premultiplied, interpolated at pixel centres in float, and blended
/// source-over (a plain store where the triangle is opaque).
/// </remarks>
internal static unsafe class GouraudTriangleRasterizer
{
    /// <summary>
    /// Largest coordinate magnitude filled here: Skia scans triangles within it in fixed point and hands larger ones to
    /// its path filler, whose rounding differs, so meshes reaching beyond it are left to Skia.
    /// </summary>
    internal const float CoordinateLimit = 16383f;

    // Skia skips a triangle whose position matrix it cannot invert (SkMatrix::invert's near-zero determinant).
    private const float SingularDeterminant = 1f / (4096f * 4096f * 4096f);

    /// <summary>Whether every coordinate is finite and within <see cref="CoordinateLimit"/>.</summary>
    internal static bool CanFill(ReadOnlySpan<float> positions)
    {
        foreach (float v in positions)
        {
            // Written so that NaN fails too.
            if (!(v >= -CoordinateLimit && v <= CoordinateLimit)) return false;
        }
        return true;
    }

    /// <summary>Fills the triangles of <paramref name="positions"/> into <paramref name="target"/>.</summary>
    /// <param name="target">The frame whose pixels are painted.</param>
    /// <param name="positions">x, y per vertex in pixels, three vertices per triangle, all passing <see cref="CanFill"/>.</param>
    /// <param name="colors">Straight RGBA per vertex, 0 to 1.</param>
    internal static void Fill(FrameBuffer target, ReadOnlySpan<float> positions, ReadOnlySpan<float> colors)
    {
        fixed (byte* pixels = target.Pixels)
            Fill(pixels, target.Width, target.Height, target.Stride, positions, colors);
    }

    /// <summary>Fills the triangles of <paramref name="positions"/> into premultiplied BGRA_8888 pixels.</summary>
    /// <param name="pixels">The first pixel of the top row.</param>
    /// <param name="width">Pixels per row.</param>
    /// <param name="height">Rows.</param>
    /// <param name="stride">Bytes from one row to the next.</param>
    /// <param name="positions">x, y per vertex in pixels, three vertices per triangle, all passing <see cref="CanFill"/>.</param>
    /// <param name="colors">Straight RGBA per vertex, 0 to 1.</param>
    internal static void Fill(byte* pixels, int width, int height, int stride, ReadOnlySpan<float> positions, ReadOnlySpan<float> colors)
    {
        int vertices = positions.Length / 2;
        if (positions.Length != 2 * vertices || colors.Length != 4 * vertices || vertices % 3 != 0)
            throw new ArgumentException($"{positions.Length} position and {colors.Length} colour numbers do not make whole triangles.");
        if (!CanFill(positions))
            throw new ArgumentException($"Triangle coordinates must be finite and within ±{CoordinateLimit}.", nameof(positions));
        var frame = new Frame(pixels, width, height, stride);
        for (int v = 0; v < vertices; v += 3)
        {
            var t = new Triangle(positions.Slice(2 * v, 6), colors.Slice(4 * v, 12));
            t.Paint(in frame);
        }
    }

    private readonly struct Frame(byte* pixels, int width, int height, int stride)
    {
        public readonly byte* Pixels = pixels;
        public readonly int Width = width;
        public readonly int Height = height;
        public readonly int Stride = stride;
    }

    private ref struct Triangle
    {
        private readonly float _x0, _y0, _x1, _y1, _x2, _y2;
        // Premultiplied colour at the first vertex, 0 to 255, in the pixel's byte order B, G, R, A, and its change per
        // pixel to the right and per row down.
        private Vector128<float> _c0, _dx, _dy;
        private bool _opaque;
        private bool _singular;

        public Triangle(ReadOnlySpan<float> p, ReadOnlySpan<float> c)
        {
            _x0 = p[0]; _y0 = p[1]; _x1 = p[2]; _y1 = p[3]; _x2 = p[4]; _y2 = p[5];
            _c0 = Premultiplied(c[..4], out bool o0);
            var c1 = Premultiplied(c.Slice(4, 4), out bool o1);
            var c2 = Premultiplied(c.Slice(8, 4), out bool o2);
            _opaque = o0 & o1 & o2;
            // The colour is the plane through the three vertices' colours; its gradient follows from the edge vectors.
            float ax = _x1 - _x0, ay = _y1 - _y0, bx = _x2 - _x0, by = _y2 - _y0;
            double det = (double)ax * by - (double)bx * ay;
            if (Math.Abs((float)det) <= SingularDeterminant)
            {
                _dx = _dy = Vector128<float>.Zero;
                _singular = true;
                return;
            }
            float inv = (float)(1.0 / det);
            var e1 = c1 - _c0;
            var e2 = c2 - _c0;
            _dx = (e1 * by - e2 * ay) * inv;
            _dy = (e2 * ax - e1 * bx) * inv;
        }

        /// <summary>The straight 8-bit colour Skia would get (SkiaCanvas.ToByte), premultiplied, 0 to 255.</summary>
        private static Vector128<float> Premultiplied(ReadOnlySpan<float> rgba, out bool opaque)
        {
            float r = ToByte(rgba[0]), g = ToByte(rgba[1]), b = ToByte(rgba[2]), a = ToByte(rgba[3]);
            opaque = a == 255f;
            float k = a / 255f;
            return Vector128.Create(b * k, g * k, r * k, a);
        }

        private static float ToByte(float channel) => (int)(Math.Clamp(channel, 0f, 1f) * 255f + 0.5f);

        public readonly void Paint(in Frame frame)
        {
            if (_singular) return;
            // Skia's SkEdge::setLine: coordinates truncated to 26.6 fixed point.
            int xa = (int)(_x0 * 64f), ya = (int)(_y0 * 64f);
            int xb = (int)(_x1 * 64f), yb = (int)(_y1 * 64f);
            int xc = (int)(_x2 * 64f), yc = (int)(_y2 * 64f);
            if (yb < ya) { (xa, xb) = (xb, xa); (ya, yb) = (yb, ya); }
            if (yc < yb) { (xb, xc) = (xc, xb); (yb, yc) = (yc, yb); }
            if (yb < ya) { (xa, xb) = (xb, xa); (ya, yb) = (yb, ya); }
            int top = RoundFDot6(ya), mid = RoundFDot6(yb), bottom = RoundFDot6(yc);
            if (top == bottom || bottom <= 0 || top >= frame.Height) return;
            int minX = Math.Min(xa, Math.Min(xb, xc)), maxX = Math.Max(xa, Math.Max(xb, xc));
            if (RoundFDot6(maxX) <= 0 || RoundFDot6(minX) >= frame.Width) return;

            // The long edge spans every row; the two short edges take the rows above and below the middle vertex.
            int longSlope = Slope(xa, ya, xc, yc);
            int longX = StartX(xa, ya, longSlope, top);
            if (top < mid)
            {
                int slope = Slope(xa, ya, xb, yb);
                Walk(in frame, top, mid, ref longX, longSlope, StartX(xa, ya, slope, top), slope);
            }
            if (mid < bottom && mid < frame.Height)
            {
                int slope = Slope(xb, yb, xc, yc);
                Walk(in frame, mid, bottom, ref longX, longSlope, StartX(xb, yb, slope, mid), slope);
            }
        }

        /// <summary>SkFDot6Round: the first row whose centre is at or below a 26.6 y.</summary>
        private static int RoundFDot6(int v) => (v + 32) >> 6;

        /// <summary>SkFDot6Div: dx/dy in 16.16, truncated like Skia's integer division.</summary>
        private static int Slope(int x0, int y0, int x1, int y1) =>
            (int)Math.Clamp(((long)(x1 - x0) << 16) / (y1 - y0), int.MinValue, int.MaxValue);

        /// <summary>The edge's x (16.16) at the centre of row <paramref name="row"/>, rounded as SkEdge::setLine does.</summary>
        private static int StartX(int x0, int y0, int slope, int row)
        {
            int dy = (row << 6) + 32 - y0;
            return unchecked((x0 + (int)(((long)slope * dy) >> 16)) << 10);
        }

        /// <summary>Fills rows [<paramref name="from"/>, <paramref name="to"/>) between two edges, stepping both.</summary>
        private readonly void Walk(in Frame frame, int from, int to, ref int x1, int slope1, int x2, int slope2)
        {
            int y = from;
            if (y < 0)
            {
                int skip = Math.Min(-y, to - y);
                x1 = unchecked(x1 + slope1 * skip);
                x2 = unchecked(x2 + slope2 * skip);
                y += skip;
            }
            int stop = Math.Min(to, frame.Height);
            for (; y < stop; y++)
            {
                // SkFixedRoundToInt on both sides: the span covers the pixels whose centres lie between the edges.
                int left = (x1 + 0x8000) >> 16, right = (x2 + 0x8000) >> 16;
                if (left > right) (left, right) = (right, left);
                left = Math.Max(left, 0);
                right = Math.Min(right, frame.Width);
                if (left < right) Span(in frame, y, left, right);
                x1 = unchecked(x1 + slope1);
                x2 = unchecked(x2 + slope2);
            }
            // Rows below the frame are not painted, but the long edge must reach the second half's first row.
            if (stop < to) x1 = unchecked(x1 + slope1 * (to - stop));
        }

        private readonly void Span(in Frame frame, int y, int left, int right)
        {
            uint* p = (uint*)(frame.Pixels + (long)y * frame.Stride) + left;
            int n = right - left;
            // The colour at this row's first covered pixel centre; each pixel to the right adds the x gradient.
            var c = _c0 + _dx * (left + 0.5f - _x0) + _dy * (y + 0.5f - _y0);
            var dx = _dx;
            if (_opaque)
            {
                int i = 0;
                if (Sse2.IsSupported)
                {
                    // Four pixels a step: their saturating packs into one 16-byte store clamp to 0-255 on the way.
                    var half = Half;
                    var dx2 = dx + dx;
                    var dx4 = dx2 + dx2;
                    var c0 = c + half;
                    var c1 = c0 + dx;
                    var c2 = c0 + dx2;
                    var c3 = c1 + dx2;
                    for (; i + 4 <= n; i += 4)
                    {
                        Pack(c0, c1, c2, c3).Store(p + i);
                        c0 += dx4;
                        c1 += dx4;
                        c2 += dx4;
                        c3 += dx4;
                    }
                    if (i < n)
                    {
                        // The last one to three pixels: pack a full group and store only the lanes inside the span.
                        var last = Pack(c0, c1, c2, c3);
                        p[i] = last.ToScalar();
                        if (i + 1 < n) p[i + 1] = last.GetElement(1);
                        if (i + 2 < n) p[i + 2] = last.GetElement(2);
                    }
                    return;
                }
                for (; i < n; i++)
                {
                    p[i] = Pack(c);
                    c += dx;
                }
            }
            else
            {
                for (int i = 0; i < n; i++)
                {
                    p[i] = SourceOver(c, p[i]);
                    c += dx;
                }
            }
        }

        private static readonly Vector128<float> Max = Vector128.Create(255f);
        private static readonly Vector128<float> Half = Vector128.Create(0.5f);

        /// <summary>Premultiplied colour over the destination pixel: s + d·(1 − sα).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint SourceOver(Vector128<float> c, uint destination)
        {
            var s = Vector128.Min(Vector128.Max(c, Vector128<float>.Zero), Max);
            var d = Vector128.ConvertToSingle(Vector128.WidenLower(Vector128.WidenLower(Vector128.CreateScalarUnsafe(destination).AsByte())).AsInt32());
            float keep = 1f - s.GetElement(3) * (1f / 255f);
            return Pack(s + d * keep);
        }

        /// <summary>Four pixels' channels, each already raised by one half, truncated and saturated into their bytes.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<uint> Pack(Vector128<float> c0, Vector128<float> c1, Vector128<float> c2, Vector128<float> c3)
        {
            var low = Sse2.PackSignedSaturate(Sse2.ConvertToVector128Int32WithTruncation(c0), Sse2.ConvertToVector128Int32WithTruncation(c1));
            var high = Sse2.PackSignedSaturate(Sse2.ConvertToVector128Int32WithTruncation(c2), Sse2.ConvertToVector128Int32WithTruncation(c3));
            return Sse2.PackUnsignedSaturate(low, high).AsUInt32();
        }

        /// <summary>Rounds four 0-255 channels into the pixel's bytes (Skia stores round(v), clamped).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint Pack(Vector128<float> c)
        {
            var v = Vector128.ConvertToInt32(Vector128.Min(Vector128.Max(c, Vector128<float>.Zero), Max) + Half);
            if (Sse2.IsSupported)
            {
                var s = Sse2.PackSignedSaturate(v, v);
                return Sse2.PackUnsignedSaturate(s, s).AsUInt32().ToScalar();
            }
            var narrow = Vector128.Narrow(v, v);
            return Vector128.Narrow(narrow, narrow).AsUInt32().ToScalar();
        }
    }
}
