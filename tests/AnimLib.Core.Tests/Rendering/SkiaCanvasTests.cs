using AnimLib.Display;
using AnimLib.Rendering;

namespace AnimLib.Core.Tests.Rendering;

public class SkiaCanvasTests
{
    private const int Size = 40;

    // Manim's RED_C (#FC6255).
    private static readonly Rgba Red = new(252 / 255f, 98 / 255f, 85 / 255f, 1);
    private static readonly Rgba White = new(1, 1, 1, 1);
    private static readonly Rgba Green = new(0, 1, 0, 1);

    private static readonly (byte, byte, byte, byte) RedPixel = (252, 98, 85, 255);
    private static readonly (byte, byte, byte, byte) WhitePixel = (255, 255, 255, 255);
    private static readonly (byte, byte, byte, byte) BlackPixel = (0, 0, 0, 255);

    /// <summary>One straight segment as a cubic with handles at thirds.</summary>
    private static float[] Line(float x0, float y0, float x1, float y1) =>
    [
        x0, y0,
        x0 + (x1 - x0) / 3, y0 + (y1 - y0) / 3,
        x0 + 2 * (x1 - x0) / 3, y0 + 2 * (y1 - y0) / 3,
        x1, y1,
    ];

    /// <summary>Axis-aligned square as four straight cubics: top, right, bottom, left (clockwise on screen).</summary>
    private static float[] Square(float left, float top, float right, float bottom) =>
    [
        .. Line(left, top, right, top),
        .. Line(right, top, right, bottom),
        .. Line(right, bottom, left, bottom),
        .. Line(left, bottom, left, top),
    ];

    private static float[] SquareCounterClockwise(float left, float top, float right, float bottom) =>
    [
        .. Line(left, top, left, bottom),
        .. Line(left, bottom, right, bottom),
        .. Line(right, bottom, right, top),
        .. Line(right, top, left, top),
    ];

    private static FrameBuffer Render(params VectorItem[] items)
    {
        var snapshot = new FrameSnapshot { PixelWidth = Size, PixelHeight = Size, Items = items };
        var target = new FrameBuffer(Size, Size);
        // Garbage in the reused buffer must be fully replaced by the background.
        Array.Fill(target.Pixels, (byte)0x5A);
        using var canvas = new SkiaCanvas();
        canvas.Render(snapshot, target);
        return target;
    }

    [Fact]
    public void SubPathOfNoLength_PaintsNothing_WhileTheRestOfThePathIsStroked()
    {
        // What Write leaves of a glyph it has not started: every point at the glyph's start. Round caps would paint it as
        // a dot (a row of specks across unwritten text); Manim paints nothing there.
        float[] collapsed = [.. Line(8, 8, 8, 8), .. Line(8, 8, 8, 8)];
        var frame = Render(new VectorItem
        {
            Points = [.. collapsed, .. Line(20, 30, 35, 30)],
            Fill = Red,
            Stroke = White,
            StrokeWidth = 6,
        });
        for (int y = 3; y <= 13; y++)
            for (int x = 3; x <= 13; x++)
                Assert.Equal(BlackPixel, frame.GetPixel(x, y));
        Assert.Equal(WhitePixel, frame.GetPixel(27, 30));
    }

    [Fact]
    public void CurveOfNoLength_InATaperedStroke_PaintsNothing()
    {
        var frame = Render(new VectorItem
        {
            Points = [.. Line(8, 8, 8, 8), .. Line(20, 30, 35, 30)],
            Stroke = White,
            CurveStrokeWidths = [6, 6],
        });
        Assert.Equal(BlackPixel, frame.GetPixel(8, 8));
        Assert.Equal(WhitePixel, frame.GetPixel(27, 30));
    }

    [Fact]
    public void FilledSquare_PaintsExactColourInsideAndBackgroundOutside()
    {
        var frame = Render(new VectorItem { Points = Square(10, 10, 30, 30), Fill = Red });

        for (int y = 0; y < Size; y++)
        for (int x = 0; x < Size; x++)
        {
            bool inside = x is >= 10 and < 30 && y is >= 10 and < 30;
            Assert.True((inside ? RedPixel : BlackPixel) == frame.GetPixel(x, y),
                $"pixel ({x},{y}) is {frame.GetPixel(x, y)}, expected {(inside ? "red" : "black")}");
        }
        // Premultiplied BGRA byte order in the raw buffer.
        int i = 20 * frame.Stride + 20 * 4;
        Assert.Equal(new byte[] { 85, 98, 252, 255 }, frame.Pixels[i..(i + 4)]);
    }

    [Fact]
    public void Background_IsTheSnapshotColourIncludingAlpha()
    {
        var snapshot = new FrameSnapshot
        {
            PixelWidth = 4, PixelHeight = 4, Background = new Rgba(1, 0, 0, 0.5f), Items = [],
        };
        var target = new FrameBuffer(4, 4);
        Array.Fill(target.Pixels, (byte)0xFF);
        using var canvas = new SkiaCanvas();
        canvas.Render(snapshot, target);

        int i = 0;
        // Premultiplied: red 255 * 0.5 rounds to 128.
        Assert.Equal(new byte[] { 0, 0, 128, 128 }, target.Pixels[i..(i + 4)]);
    }

    [Fact]
    public void StrokeOnly_PaintsOutlineButNotInterior()
    {
        var frame = Render(new VectorItem { Points = Square(10, 10, 30, 30), Stroke = White, StrokeWidth = 2 });

        // A 2 px stroke centred on x = 10 covers pixel columns 9 and 10 completely.
        Assert.Equal(WhitePixel, frame.GetPixel(20, 9));
        Assert.Equal(WhitePixel, frame.GetPixel(20, 10));
        Assert.Equal(WhitePixel, frame.GetPixel(9, 20));
        Assert.Equal(WhitePixel, frame.GetPixel(30, 20));
        Assert.Equal(WhitePixel, frame.GetPixel(20, 29));
        Assert.Equal(BlackPixel, frame.GetPixel(20, 20));
        Assert.Equal(BlackPixel, frame.GetPixel(20, 12));
        Assert.Equal(BlackPixel, frame.GetPixel(20, 7));
        // Round join: the outer corner pixel is covered by a quarter disc of radius 1 (about 79 %), not fully as with a miter.
        Assert.InRange(frame.GetPixel(9, 9).R, (byte)180, (byte)220);
    }

    [Fact]
    public void StrokeBehind_ControlsWhetherFillCoversTheInnerHalfOfTheStroke()
    {
        float[] square = Square(10, 10, 30, 30);
        var front = Render(new VectorItem { Points = square, Fill = Red, Stroke = White, StrokeWidth = 4 });
        var behind = Render(new VectorItem { Points = square, Fill = Red, Stroke = White, StrokeWidth = 4, StrokeBehind = true });

        // Pixel row 11 lies inside the square and under the stroke's inner half (y 8..12).
        Assert.Equal(WhitePixel, front.GetPixel(20, 11));
        Assert.Equal(RedPixel, behind.GetPixel(20, 11));
        // The outer half is stroke in both cases; the centre is fill in both cases.
        Assert.Equal(WhitePixel, front.GetPixel(20, 8));
        Assert.Equal(WhitePixel, behind.GetPixel(20, 8));
        Assert.Equal(RedPixel, front.GetPixel(20, 20));
        Assert.Equal(RedPixel, behind.GetPixel(20, 20));
    }

    [Fact]
    public void CurveStrokeWidths_ZeroWidthCurveIsNotPainted()
    {
        // Curve 1 is the right edge, x = 30 from y = 10 to y = 30.
        var frame = Render(new VectorItem
        {
            Points = Square(10, 10, 30, 30),
            Stroke = White,
            StrokeWidth = 2,
            CurveStrokeWidths = [2, 0, 2, 2],
        });

        Assert.Equal(WhitePixel, frame.GetPixel(20, 9));  // top
        Assert.Equal(WhitePixel, frame.GetPixel(9, 20));  // left
        Assert.Equal(WhitePixel, frame.GetPixel(20, 30)); // bottom
        Assert.Equal(BlackPixel, frame.GetPixel(29, 20)); // right, skipped
        Assert.Equal(BlackPixel, frame.GetPixel(30, 20));
    }

    [Fact]
    public void CurveStrokeWidths_UsesEachCurvesOwnWidth()
    {
        var frame = Render(new VectorItem
        {
            Points = Square(10, 10, 30, 30),
            Stroke = White,
            CurveStrokeWidths = [2, 6, 2, 2],
        });

        // Right edge is 6 px wide (x 27..33), the left only 2 px (x 9..11).
        Assert.Equal(WhitePixel, frame.GetPixel(32, 20));
        Assert.Equal(WhitePixel, frame.GetPixel(27, 20));
        Assert.Equal(BlackPixel, frame.GetPixel(7, 20));
        Assert.Equal(BlackPixel, frame.GetPixel(12, 20));
    }

    [Fact]
    public void SeparateSubpaths_WithOppositeWinding_CutAHole()
    {
        var frame = Render(new VectorItem
        {
            Points = [.. Square(5, 5, 35, 35), .. SquareCounterClockwise(15, 15, 25, 25)],
            Fill = Red,
        });

        Assert.Equal(RedPixel, frame.GetPixel(8, 20));
        Assert.Equal(RedPixel, frame.GetPixel(30, 30));
        Assert.Equal(BlackPixel, frame.GetPixel(20, 20));
        Assert.Equal(BlackPixel, frame.GetPixel(15, 15));
        // No connecting segment between the two sub-paths shows up as a sliver.
        Assert.Equal(RedPixel, frame.GetPixel(10, 10));
    }

    [Fact]
    public void SeparateSubpaths_WithSameWinding_BothFilled()
    {
        var frame = Render(new VectorItem { Points = [.. Square(2, 2, 12, 12), .. Square(20, 20, 30, 30)], Fill = Green });

        Assert.Equal((0, 255, 0, 255), ToInts(frame.GetPixel(5, 5)));
        Assert.Equal((0, 255, 0, 255), ToInts(frame.GetPixel(25, 25)));
        Assert.Equal(BlackPixel, frame.GetPixel(16, 16));
    }

    [Fact]
    public void FillBorderWidth_ExtendsTheFillByHalfTheBorder()
    {
        var plain = Render(new VectorItem { Points = Square(10, 10, 30, 30), Fill = Red });
        var bordered = Render(new VectorItem { Points = Square(10, 10, 30, 30), Fill = Red, FillBorderWidth = 2 });

        Assert.Equal(BlackPixel, plain.GetPixel(20, 9));
        Assert.Equal(RedPixel, bordered.GetPixel(20, 9));
        Assert.Equal(BlackPixel, bordered.GetPixel(20, 7));
    }

    [Fact]
    public void LaterItems_PaintOverEarlierOnes_AndTranslucentFillBlends()
    {
        var frame = Render(
            new VectorItem { Points = Square(0, 0, 40, 40), Fill = White },
            new VectorItem { Points = Square(10, 10, 30, 30), Fill = new Rgba(0, 0, 0, 0.5f) });

        Assert.Equal(WhitePixel, frame.GetPixel(5, 5));
        var (r, g, b, a) = frame.GetPixel(20, 20);
        Assert.Equal(255, a);
        Assert.InRange(r, 126, 129);
        Assert.Equal(r, g);
        Assert.Equal(r, b);
    }

    [Fact]
    public void InvisibleItems_PaintNothing()
    {
        var frame = Render(new VectorItem
        {
            Points = Square(10, 10, 30, 30), Fill = Rgba.Transparent, Stroke = White, StrokeWidth = 0,
        });

        Assert.All(Enumerable.Range(0, Size * Size), i => Assert.Equal(BlackPixel, frame.GetPixel(i % Size, i / Size)));
    }

    [Fact]
    public void SizeMismatch_Throws()
    {
        using var canvas = new SkiaCanvas();
        var snapshot = new FrameSnapshot { PixelWidth = 10, PixelHeight = 10, Items = [] };
        var ex = Assert.Throws<ArgumentException>(() => canvas.Render(snapshot, new FrameBuffer(10, 11)));
        Assert.Contains("10x11", ex.Message);
    }

    [Fact]
    public void MalformedPoints_Throw()
    {
        using var canvas = new SkiaCanvas();
        var snapshot = new FrameSnapshot
        {
            PixelWidth = 10, PixelHeight = 10, Items = [new VectorItem { Points = new float[7], Fill = Red }],
        };
        Assert.Throws<ArgumentException>(() => canvas.Render(snapshot, new FrameBuffer(10, 10)));
    }

    private static (int, int, int, int) ToInts((byte R, byte G, byte B, byte A) p) => (p.R, p.G, p.B, p.A);
}
