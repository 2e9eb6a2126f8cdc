using AnimLib.Output;
using AnimLib.Rendering;

namespace AnimLib.Core.Tests.ThreeD;

/// <summary>The non-path display items on the cairo canvas, and their content comparison.</summary>
public class DisplayItemTests
{
    private static FrameBuffer Render(params DisplayItem[] items) =>
        SceneRenderer.RenderSnapshot(new FrameSnapshot { PixelWidth = 40, PixelHeight = 40, Items = items });

    private static ShadedQuadItem Quad(float seam = 0) => new()
    {
        Corners = [0, 0, 40, 0, 40, 40, 0, 40],
        Colors = [1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 1], // red along the top, blue along the bottom
        SeamWidth = seam,
    };

    [Fact]
    public void ShadedQuad_BlendsCornerColours()
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
        Assert.False(Quad().ContentEquals(Quad(1)));
        var dots = new DotCloudItem { Centers = [1, 2], Radii = [3], Colors = [1, 1, 1, 1] };
        Assert.True(dots.ContentEquals(new DotCloudItem { Centers = [1, 2], Radii = [3], Colors = [1, 1, 1, 1] }));
        Assert.False(dots.ContentEquals(Quad()));
        var img = new ImageItem { Image = image, Matrix = [1, 0, 0, 1, 0, 0] };
        Assert.True(img.ContentEquals(new ImageItem { Image = image, Matrix = [1, 0, 0, 1, 0, 0] }));
        Assert.False(img.ContentEquals(new ImageItem { Image = image, Matrix = [1, 0, 0, 1, 0, 0], Opacity = 0.5f }));
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
                    new ImageItem { Image = new RasterImage(1, 1, [0, 0, 255, 255]), Matrix = [1, 0, 0, 1, 0, 0] },
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
            new ImageItem { Image = image, Matrix = [0, 0, 0, 0, 5, 5] },
            new DotCloudItem { Centers = [20, 20], Radii = [4], Colors = [0, 1, 0, 1] });
        Assert.Equal((byte)255, frame.GetPixel(20, 20).G);
    }
}
