using AnimLib.Display;
using AnimLib.Encoding;
using AnimLib.Pipeline;
using AnimLib.Rendering;

namespace AnimLib.Core.Tests.ThreeD;

/// <summary>The non-path display items on the Skia canvas, and their content comparison.</summary>
public class DisplayItemTests
{
    private static FrameBuffer Render(params DisplayItem[] items) =>
        SceneRenderer.RenderSnapshot(new FrameSnapshot { PixelWidth = 40, PixelHeight = 40, Items = items });

    /// <summary>A 40x40 square as two triangles: red along the top, blue along the bottom.</summary>
    private static MeshItem Quad(float topAlpha = 1) => new()
    {
        Positions = [0, 0, 40, 0, 40, 40, 0, 0, 40, 40, 0, 40],
        Colors = [1, 0, 0, topAlpha, 1, 0, 0, topAlpha, 0, 0, 1, 1, 1, 0, 0, topAlpha, 0, 0, 1, 1, 0, 0, 1, 1],
    };

    [Fact]
    public void Mesh_BlendsVertexColours()
    {
        var frame = Render(Quad());
        var top = frame.GetPixel(20, 1);
        var middle = frame.GetPixel(20, 20);
        var bottom = frame.GetPixel(20, 38);
        Assert.True(top.R > 240 && top.B < 15, $"top {top}");
        Assert.True(bottom.B > 240 && bottom.R < 15, $"bottom {bottom}");
        Assert.InRange(middle.R, 110, 145);
        Assert.InRange(middle.B, 110, 145);
    }

    [Fact]
    public void DotCloud_PaintsDiscs()
    {
        var frame = Render(new DotCloudItem { Centers = [10, 10, 30, 30], Radii = [5, 8], Colors = [0, 1, 0, 1, 1, 1, 1, 0.5f] });
        Assert.Equal((byte)255, frame.GetPixel(10, 10).G);
        Assert.Equal((byte)0, frame.GetPixel(10, 10).R);
        Assert.InRange(frame.GetPixel(30, 30).R, 120, 135); // half-transparent white over black
        Assert.Equal((byte)0, frame.GetPixel(10, 30).G);
    }

    [Fact]
    public void ContentEquals_ComparesKindAndContent()
    {
        var image = new RasterImage(1, 1, [0, 0, 255, 255]);
        Assert.True(Quad().ContentEquals(Quad()));
        Assert.False(Quad().ContentEquals(Quad(0.5f)));
        var dots = new DotCloudItem { Centers = [1, 2], Radii = [3], Colors = [1, 1, 1, 1] };
        Assert.True(dots.ContentEquals(new DotCloudItem { Centers = [1, 2], Radii = [3], Colors = [1, 1, 1, 1] }));
        Assert.False(dots.ContentEquals(Quad()));
        var img = new ImageItem { Image = image, Matrix = [1, 0, 0, 0, 1, 0, 0, 0, 1] };
        Assert.True(img.ContentEquals(new ImageItem { Image = image, Matrix = [1, 0, 0, 0, 1, 0, 0, 0, 1] }));
        Assert.False(img.ContentEquals(new ImageItem { Image = image, Matrix = [1, 0, 0, 0, 1, 0, 0, 0, 1], Opacity = 0.5f }));
    }

    [Fact]
    public void SegmentHasher_HashesEveryItemKind()
    {
        static string Key(float red)
        {
            var quad = Quad();
            quad.Colors[0] = red;
            var hasher = new SegmentHasher(new VideoSettings(40, 40, 15));
            hasher.Add(new FrameSnapshot
            {
                PixelWidth = 40, PixelHeight = 40,
                Items =
                [
                    new VectorItem { Points = [0, 0, 1, 1, 2, 2, 3, 3], Fill = new Rgba(1, 0, 0, 1) },
                    new DotCloudItem { Centers = [1, 2], Radii = [3], Colors = [1, 1, 1, 1] },
                    new ImageItem { Image = new RasterImage(1, 1, [0, 0, 255, 255]), Matrix = [1, 0, 0, 0, 1, 0, 0, 0, 1] },
                    quad,
                ],
            });
            return hasher.Key();
        }
        Assert.Equal(Key(1), Key(1));
        Assert.NotEqual(Key(1), Key(0.5f));
    }

    [Fact]
    public void EdgeOnImage_PaintsNothing_AndLeavesTheCanvasUsable()
    {
        var image = new RasterImage(1, 1, [0, 0, 255, 255]);
        var frame = Render(
            new ImageItem { Image = image, Matrix = [0, 0, 5, 0, 0, 5, 0, 0, 1] },
            new DotCloudItem { Centers = [20, 20], Radii = [4], Colors = [0, 1, 0, 1] });
        Assert.Equal((byte)255, frame.GetPixel(20, 20).G);
    }

    [Fact]
    public void TranslucentMesh_BlendsOverWhatIsBehind()
    {
        // Half-transparent red over a white square: (255, 128, 128), and no outline is drawn around a translucent mesh.
        var white = new VectorItem { Points = [0, 0, 0, 0, 40, 0, 40, 0, 40, 0, 40, 0, 40, 40, 40, 40, 40, 40, 40, 40, 0, 40, 0, 40, 0, 40, 0, 40, 0, 0, 0, 0], Fill = new Rgba(1, 1, 1, 1) };
        var red = Enumerable.Range(0, 6).SelectMany(_ => new[] { 1f, 0, 0, 0.5f }).ToArray();
        var frame = Render(white, new MeshItem
        {
            Positions = [5, 5, 35, 5, 35, 35, 5, 5, 35, 35, 5, 35],
            Colors = red,
            OutlineEdges = [5, 5, 35, 5],
            OutlineColors = [1, 0, 0, 0.5f],
        });
        var (r, g, b, _) = frame.GetPixel(20, 20);
        Assert.Equal(255, r);
        Assert.InRange(g, 126, 129);
        Assert.InRange(b, 126, 129);
        Assert.Equal(frame.GetPixel(20, 20), frame.GetPixel(20, 5));
        Assert.Equal(((byte)255, (byte)255, (byte)255, (byte)255), frame.GetPixel(20, 3));
    }

    [Fact]
    public void Mesh_TrianglesSharingAnEdge_LeaveNoSeam()
    {
        // Two opaque triangles meeting along the diagonal: every pixel on and around it is fully covered, none shows the
        // black background through (each triangle antialiased on its own would leave a darker line there).
        var white = Enumerable.Repeat(1f, 24).ToArray();
        var frame = Render(new MeshItem { Positions = [0, 0, 40, 0, 40, 40, 0, 0, 40, 40, 0, 40], Colors = white });
        for (int k = 1; k < 39; k++)
        {
            var (r, g, b, a) = frame.GetPixel(k, k);
            Assert.True(r == 255 && g == 255 && b == 255 && a == 255, $"pixel ({k}, {k}) on the shared edge is {(r, g, b, a)}");
        }
    }

    [Fact]
    public void PerspectiveImage_FollowsItsFourCorners()
    {
        // A 2x2 image (red, green / blue, white) mapped to a trapezoid narrower at the top, as a plane tilted away looks.
        var image = RasterImage.FromStraightRgba(2, 2, [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255]);
        var matrix = ImageHomography.Map(2, 2, (15, 5), (25, 5), (38, 35), (2, 35));
        Assert.True(matrix[6] != 0 || matrix[7] != 0, "a trapezoid needs a perspective row");
        var frame = Render(new ImageItem { Image = image, Matrix = matrix });
        // Corners land where they were sent (a pixel inside each corner has that corner's colour)...
        Assert.True(frame.GetPixel(16, 6).R > 200 && frame.GetPixel(16, 6).G < 60, $"top left {frame.GetPixel(16, 6)}");
        Assert.True(frame.GetPixel(24, 6).G > 200 && frame.GetPixel(24, 6).R < 60, $"top right {frame.GetPixel(24, 6)}");
        Assert.True(frame.GetPixel(4, 34).B > 200 && frame.GetPixel(4, 34).R < 60, $"bottom left {frame.GetPixel(4, 34)}");
        Assert.True(frame.GetPixel(36, 34).R > 200 && frame.GetPixel(36, 34).G > 200, $"bottom right {frame.GetPixel(36, 34)}");
        // ...and outside the trapezoid nothing is painted (an affine fit of three corners would cover (2, 5)).
        Assert.Equal(((byte)0, (byte)0, (byte)0, (byte)255), frame.GetPixel(3, 6));
        Assert.Equal(((byte)0, (byte)0, (byte)0, (byte)255), frame.GetPixel(37, 6));
    }

    [Fact]
    public void Homography_OfAParallelogram_IsAffine()
    {
        var m = ImageHomography.Map(10, 20, (1, 2), (11, 2), (14, 22), (4, 22));
        Assert.Equal([1f, 0.15f, 1f, 0f, 1f, 2f, 0f, 0f, 1f], m.Select(v => MathF.Round(v, 5)).ToArray());
    }
}
