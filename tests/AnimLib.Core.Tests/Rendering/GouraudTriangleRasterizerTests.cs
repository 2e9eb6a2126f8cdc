using AnimLib.Display;
using AnimLib.Rendering;
using Xunit.Abstractions;

namespace AnimLib.Core.Tests.Rendering;

/// <summary>
/// The managed mesh rasterizer against Skia's DrawVertices, which it replaces: the same pixels covered, the same
/// colours within rounding, and shared edges painted once.
/// </summary>
public class GouraudTriangleRasterizerTests(ITestOutputHelper output)
{
    private const int Width = 160;
    private const int Height = 120;

    // A channel may differ by a level or two: Skia rounds its float colour plane and its blend slightly differently.
    private const int Tolerance = 2;

    /// <summary>Paints the items with meshes filled by the managed rasterizer or by Skia.</summary>
    private static FrameBuffer Render(bool skia, Rgba background, params DisplayItem[] items)
    {
        var frame = new FrameBuffer(Width, Height);
        using var canvas = new SkiaCanvas { PaintMeshesWithSkia = skia };
        canvas.Render(new FrameSnapshot { PixelWidth = Width, PixelHeight = Height, Background = background, Items = items }, frame);
        return frame;
    }

    /// <summary>
    /// A grid of quads with jittered corners, two triangles each, so that neighbours share edges, reaching past the
    /// frame on every side; colours random per vertex (shared corners share colours, as on a surface).
    /// </summary>
    private static MeshItem Grid(Random random, int columns, int rows, float alphaLow, float alphaHigh)
    {
        var corners = new (float X, float Y, float[] Rgba)[columns + 1, rows + 1];
        for (int i = 0; i <= columns; i++)
            for (int j = 0; j <= rows; j++)
            {
                float x = -20 + i * (Width + 40f) / columns + (float)(random.NextDouble() - 0.5) * 12;
                float y = -20 + j * (Height + 40f) / rows + (float)(random.NextDouble() - 0.5) * 12;
                float a = alphaLow + (float)random.NextDouble() * (alphaHigh - alphaLow);
                corners[i, j] = (x, y, [(float)random.NextDouble(), (float)random.NextDouble(), (float)random.NextDouble(), a]);
            }
        var positions = new List<float>();
        var colors = new List<float>();
        void Add((float X, float Y, float[] Rgba) v)
        {
            positions.Add(v.X);
            positions.Add(v.Y);
            colors.AddRange(v.Rgba);
        }
        for (int i = 0; i < columns; i++)
            for (int j = 0; j < rows; j++)
            {
                Add(corners[i, j]); Add(corners[i + 1, j]); Add(corners[i + 1, j + 1]);
                Add(corners[i, j]); Add(corners[i + 1, j + 1]); Add(corners[i, j + 1]);
            }
        return new MeshItem { Positions = [.. positions], Colors = [.. colors] };
    }

    /// <summary>Independent triangles of random size, place and orientation, overlapping each other.</summary>
    private static MeshItem Scatter(Random random, int count, float alphaLow, float alphaHigh)
    {
        var positions = new float[6 * count];
        var colors = new float[12 * count];
        for (int t = 0; t < count; t++)
        {
            float cx = (float)random.NextDouble() * (Width + 40) - 20, cy = (float)random.NextDouble() * (Height + 40) - 20;
            float size = 2 + (float)random.NextDouble() * 40;
            for (int v = 0; v < 3; v++)
            {
                positions[6 * t + 2 * v] = cx + (float)(random.NextDouble() - 0.5) * size;
                positions[6 * t + 2 * v + 1] = cy + (float)(random.NextDouble() - 0.5) * size;
                for (int k = 0; k < 3; k++) colors[12 * t + 4 * v + k] = (float)random.NextDouble();
                colors[12 * t + 4 * v + 3] = alphaLow + (float)random.NextDouble() * (alphaHigh - alphaLow);
            }
        }
        return new MeshItem { Positions = positions, Colors = colors };
    }

    /// <summary>Share of pixels with a channel more than <see cref="Tolerance"/> apart, and the largest difference.</summary>
    private (double Share, int Largest) Compare(FrameBuffer a, FrameBuffer b, string what)
    {
        int differing = 0, largest = 0;
        for (int i = 0; i < a.Pixels.Length; i += 4)
        {
            int worst = 0;
            for (int k = 0; k < 4; k++) worst = Math.Max(worst, Math.Abs(a.Pixels[i + k] - b.Pixels[i + k]));
            largest = Math.Max(largest, worst);
            if (worst > Tolerance) differing++;
        }
        double share = differing / (double)(Width * Height);
        output.WriteLine($"{what}: {differing} pixels ({share:P3}) differ by more than {Tolerance} levels; largest difference {largest}");
        return (share, largest);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void OpaqueGrid_MatchesDrawVertices(int seed)
    {
        var mesh = Grid(new Random(seed), 13, 9, 1, 1);
        var (share, _) = Compare(Render(true, Rgba.Black, mesh), Render(false, Rgba.Black, mesh), "opaque grid");
        Assert.True(share < 0.002, $"{share:P3} of pixels differ from Skia's");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void TranslucentGrid_MatchesDrawVertices(int seed)
    {
        var random = new Random(seed);
        var under = Scatter(random, 30, 1, 1);
        var mesh = Grid(random, 11, 8, 0.2f, 0.8f);
        var (share, _) = Compare(Render(true, Rgba.Black, under, mesh), Render(false, Rgba.Black, under, mesh), "translucent grid");
        Assert.True(share < 0.002, $"{share:P3} of pixels differ from Skia's");
    }

    [Theory]
    [InlineData(6, 1f, 1f)]
    [InlineData(7, 0.1f, 1f)]
    [InlineData(8, 0f, 0.6f)]
    public void OverlappingTriangles_MatchDrawVertices(int seed, float alphaLow, float alphaHigh)
    {
        var mesh = Scatter(new Random(seed), 200, alphaLow, alphaHigh);
        var background = new Rgba(0.2f, 0.4f, 0.6f, 1);
        var (share, _) = Compare(Render(true, background, mesh), Render(false, background, mesh), "scattered triangles");
        Assert.True(share < 0.002, $"{share:P3} of pixels differ from Skia's");
    }

    [Fact]
    public void TinyAndThinTriangles_CoverTheSamePixels()
    {
        // Slivers and sub-pixel triangles are where a different coverage rule shows first: on a transparent frame the
        // alpha channel is the coverage.
        var random = new Random(9);
        var positions = new List<float>();
        for (int t = 0; t < 400; t++)
        {
            float x = (float)random.NextDouble() * Width, y = (float)random.NextDouble() * Height;
            bool sliver = t % 2 == 0;
            float dx = (float)random.NextDouble() * (sliver ? 60 : 2), dy = (float)random.NextDouble() * (sliver ? 0.8f : 2);
            if (t % 4 == 0) (dx, dy) = (dy, dx);
            positions.AddRange([x, y, x + dx, y + dy, x + (float)random.NextDouble() * 2, y + (float)random.NextDouble() * 2]);
        }
        var colors = Enumerable.Repeat(1f, positions.Count * 2).ToArray();
        var mesh = new MeshItem { Positions = [.. positions], Colors = colors };
        var transparent = new Rgba(0, 0, 0, 0);
        var skia = Render(true, transparent, mesh);
        var managed = Render(false, transparent, mesh);
        int covered = 0, different = 0;
        for (int i = 3; i < skia.Pixels.Length; i += 4)
        {
            if (skia.Pixels[i] != 0) covered++;
            if (skia.Pixels[i] != managed.Pixels[i]) different++;
        }
        output.WriteLine($"{covered} pixels covered by Skia, {different} covered differently");
        Assert.True(covered > 500, $"only {covered} pixels covered: the test draws too little");
        Assert.True(different <= covered / 500, $"{different} of {covered} pixels covered differently from Skia");
    }

    [Fact]
    public void TranslucentSharedEdge_IsPaintedOnce()
    {
        // Two half-transparent triangles meeting along a slanted diagonal over white: a pixel on the edge painted by both
        // would be darker, one painted by neither white.
        var half = Enumerable.Range(0, 6).SelectMany(_ => new[] { 1f, 0, 0, 0.5f }).ToArray();
        var mesh = new MeshItem { Positions = [10.3f, 10.1f, 150.2f, 10.1f, 140.7f, 110.6f, 10.3f, 10.1f, 140.7f, 110.6f, 12.1f, 110.6f], Colors = half };
        var frame = Render(false, new Rgba(1, 1, 1, 1), mesh);
        var inside = frame.GetPixel(80, 60);
        Assert.Equal(255, inside.R);
        Assert.InRange(inside.G, 126, 129);
        for (int y = 12; y < 100; y++)
        {
            // The diagonal runs from (10.3, 10.1) to (140.7, 110.6); check every pixel within two of it.
            float x = 10.3f + (y + 0.5f - 10.1f) * (140.7f - 10.3f) / (110.6f - 10.1f);
            for (int px = (int)x - 2; px <= (int)x + 2; px++)
                Assert.True(frame.GetPixel(px, y) == inside, $"pixel ({px}, {y}) beside the shared edge is {frame.GetPixel(px, y)}, inside is {inside}");
        }
    }

    [Fact]
    public void FarAndNonFiniteCoordinates_AreLeftToSkia()
    {
        Assert.True(GouraudTriangleRasterizer.CanFill([0, 0, GouraudTriangleRasterizer.CoordinateLimit, -GouraudTriangleRasterizer.CoordinateLimit]));
        Assert.False(GouraudTriangleRasterizer.CanFill([0, 0, 1e6f, 0]));
        Assert.False(GouraudTriangleRasterizer.CanFill([0, float.NaN]));
        Assert.False(GouraudTriangleRasterizer.CanFill([float.NegativeInfinity, 0]));
        // A mesh with one far vertex is still painted (by Skia): its triangle covers the frame's middle.
        var far = new MeshItem { Positions = [-1e5f, 60, 1e5f, 50, 80, 70], Colors = Enumerable.Repeat(1f, 12).ToArray() };
        Assert.Equal(((byte)255, (byte)255, (byte)255, (byte)255), Render(false, Rgba.Black, far).GetPixel(80, 58));
    }
}
