using AnimLib.Display;
using AnimLib.Encoding;
using AnimLib.Pipeline;

namespace AnimLib.Cli.Tests;

/// <summary>The cache key covers every kind of display item, and every property that changes pixels.</summary>
public sealed class SegmentHasherTests
{
    private static readonly VideoSettings Video = new(16, 16, 10);

    private static FrameSnapshot Frame(params DisplayItem[] items) => new() { PixelWidth = 16, PixelHeight = 16, Items = items };

    private static string Key(params FrameSnapshot[] frames)
    {
        var h = new SegmentHasher(Video);
        foreach (var f in frames) h.Add(f);
        return h.Key();
    }

    public static IEnumerable<DisplayItem> OneOfEachKind()
    {
        yield return new VectorItem { Points = [0, 0, 1, 1, 2, 2, 3, 3], Fill = new Rgba(1, 0, 0, 1) };
        yield return new DotCloudItem { Centers = [1, 1], Radii = [2], Colors = [1, 1, 1, 1] };
        yield return new ImageItem { Image = new RasterImage(1, 1, [1, 2, 3, 255]), Matrix = [1, 0, 0, 0, 1, 0, 0, 0, 1] };
        yield return new MeshItem { Positions = [0, 0, 4, 0, 4, 4], Colors = new float[12] };
    }

    [Fact]
    public void EveryDisplayItemKindIsHashed()
    {
        // Every kind appends its own bytes (DisplayItem.AppendHash); a new kind is added here so that this stays checked.
        var kinds = typeof(DisplayItem).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DisplayItem)) && !t.IsAbstract).ToHashSet();
        Assert.Equal(kinds, OneOfEachKind().Select(i => i.GetType()).ToHashSet());
        foreach (var item in OneOfEachKind()) Assert.Matches("^[0-9a-f]{32}_1$", Key(Frame(item)));
    }

    [Fact]
    public void KeysDifferWhenPixelsWouldDiffer()
    {
        var a = new VectorItem { Points = [0, 0, 1, 1, 2, 2, 3, 3], Stroke = new Rgba(1, 1, 1, 1), StrokeWidth = 2 };
        var moved = new VectorItem { Points = [0, 0, 1, 1, 2, 2, 3, 4], Stroke = new Rgba(1, 1, 1, 1), StrokeWidth = 2 };
        var wider = new VectorItem { Points = [0, 0, 1, 1, 2, 2, 3, 3], Stroke = new Rgba(1, 1, 1, 1), StrokeWidth = 3 };
        var keys = new[] { Key(Frame(a)), Key(Frame(moved)), Key(Frame(wider)), Key(Frame(a), Frame(a)), Key(Frame(a, a)) };
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(Key(Frame(a)), Key(Frame(new VectorItem { Points = [0, 0, 1, 1, 2, 2, 3, 3], Stroke = new Rgba(1, 1, 1, 1), StrokeWidth = 2 })));
        var h = new SegmentHasher(Video with { Crf = 30 });
        h.Add(Frame(a));
        Assert.NotEqual(Key(Frame(a)), h.Key());
    }
}
