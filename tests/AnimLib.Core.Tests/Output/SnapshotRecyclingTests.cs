using System.Numerics;
using AnimLib.Core.Tests.Support;
using AnimLib.Display;
using AnimLib.Rendering;
using static AnimLib.Anim;

namespace AnimLib.Core.Tests.Output;

/// <summary>The arrays of frame snapshots are recycled once painted, without changing a single pixel.</summary>
public sealed class SnapshotRecyclingTests
{
    private const int DotCount = 20;

    // A square turning and dots fading: every frame changes, and every frame has the same item count and array lengths.
    private static Action<LambdaScene> Turning(double seconds) => s =>
    {
        var dots = new VGroup(Enumerable.Range(0, DotCount).Select(i =>
            (VMobject)new Dot(new Vector3(-4 + i * 0.4f, -2, 0), color: Palette.Blue)));
        var square = new Square(2, Palette.Red, fillOpacity: 0.5);
        s.Add(dots, square);
        s.Play(Rotate(square, Math.PI), dots.Animate().SetOpacity(0.2), runTime: seconds);
        s.Wait(0.5);
    };

    private static List<byte[]> RenderFrames(Action<LambdaScene> body, int jobs, DisplayArrayPool pool)
    {
        var sink = new MemoryFrameSink();
        var scene = new LambdaScene(body) { SnapshotArrays = pool };
        SceneRenderer.RenderFrames(scene, new SceneSettings(320, 180, 15), sink, jobs);
        return sink.Frames.Select(f => f.Pixels.ToArray()).ToList();
    }

    /// <summary>The same scene with every snapshot kept until the end and painted on its own (nothing is recycled).</summary>
    private static List<byte[]> RenderWithoutRecycling(Action<LambdaScene> body)
    {
        var kept = new KeepingOutput();
        new LambdaScene(body) { SnapshotArrays = new DisplayArrayPool() }.Run(new SceneSettings(320, 180, 15), kept);
        using var canvas = new SkiaCanvas();
        return kept.Snapshots.Select(snapshot =>
        {
            var buffer = new FrameBuffer(snapshot.PixelWidth, snapshot.PixelHeight);
            canvas.Render(snapshot, buffer);
            return buffer.Pixels;
        }).ToList();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void RecyclingRender_IsByteIdenticalToOneThatKeepsEverySnapshot(int jobs)
    {
        var kept = RenderWithoutRecycling(Turning(2));
        var recycled = RenderFrames(Turning(2), jobs, new DisplayArrayPool());

        Assert.Equal(38, kept.Count); // 30 frames of turning + 8 of waiting at 15 fps
        Assert.Equal(kept.Count, recycled.Count);
        for (int i = 0; i < kept.Count; i++) Assert.True(kept[i].AsSpan().SequenceEqual(recycled[i]), $"frame {i} differs");
        // Consecutive frames differ, so a frame painted from reused (overwritten) arrays could not pass.
        Assert.False(kept[5].AsSpan().SequenceEqual(kept[6]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void InSteadyState_NoPointArrayIsAllocated(int jobs)
    {
        var shortPool = new DisplayArrayPool();
        RenderFrames(Turning(1), jobs, shortPool);
        var longPool = new DisplayArrayPool();
        RenderFrames(Turning(6), jobs, longPool);

        int items = DotCount + 1;
        // 6 s of turning rents one array per item per frame (90 + 8 frames) ...
        Assert.Equal((90 + 8) * items, longPool.Rented);
        // ... but allocates only what the frames in flight hold at once (the frame whose pixels are kept, an equal copy
        // not yet known to be the last of its run, the one being built, and the frame stage's workers + 3 buffers): the
        // same bound for a long render as for a short one.
        int inFlight = jobs + 6;
        Assert.InRange(longPool.Allocated, items, inFlight * items);
        Assert.InRange(shortPool.Allocated, items, inFlight * items);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AnEqualCopyRepeatedByReference_IsRecycledOnlyOnceItsRunEnds(int jobs)
    {
        // What segments encoded together look like: a still's copy of the previous frame, held once and repeated.
        var pool = new DisplayArrayPool();
        var kept = new KeepingOutput();
        new LambdaScene(s =>
        {
            var square = new Square(2, Palette.Red, fillOpacity: 0.5);
            s.Add(square);
            s.Wait(0.2);
            s.Play(square.Animate().Shift(Directions.Right), runTime: 0.2);
        }) { SnapshotArrays = pool }.Run(new SceneSettings(160, 90, 15), kept);
        var (a, copy, b) = (kept.Snapshots[0], kept.Snapshots[1], kept.Snapshots[^1]);
        Assert.True(copy.ContentEquals(a));
        Assert.NotSame(a, copy);

        var sink = new MemoryFrameSink();
        using (var stage = new FrameStage(sink, jobs) { RecycleSnapshots = true })
        {
            foreach (var snapshot in (FrameSnapshot[])[a, copy, copy, copy, b]) stage.Add(snapshot);
            stage.Complete();
        }

        Assert.Equal(5, sink.Frames.Count);
        Assert.True(sink.Frames[3].Pixels.AsSpan().SequenceEqual(sink.Frames[0].Pixels));
        Assert.False(sink.Frames[4].Pixels.AsSpan().SequenceEqual(sink.Frames[0].Pixels));
        Assert.True(a.IsRecycled && copy.IsRecycled && b.IsRecycled);
    }

    [Fact]
    public void PublicSnapshots_AreNotPooled_AndRecycleLeavesThemReadable()
    {
        var scene = new LambdaScene(s => s.Add(new Square(2)));
        scene.Run(new SceneSettings(160, 90, 15), new NullOutput());
        var snapshot = scene.TakeSnapshot();

        snapshot.Recycle();

        Assert.False(snapshot.IsRecycled);
        using var canvas = new SkiaCanvas();
        canvas.Render(snapshot, new FrameBuffer(160, 90));
    }

    [Fact]
    public void RecycledSnapshot_RefusesToBePaintedOrCompared()
    {
        var pool = new DisplayArrayPool();
        var output = new KeepingOutput();
        new LambdaScene(s => s.Play(ShowCreation(new Circle(1)), runTime: 0.2)) { SnapshotArrays = pool }.Run(new SceneSettings(160, 90, 15), output);
        var snapshot = output.Snapshots[^1];

        snapshot.Recycle();
        snapshot.Recycle(); // a second call does nothing (the arrays are not handed out twice)

        Assert.True(snapshot.IsRecycled);
        using var canvas = new SkiaCanvas();
        var error = Assert.Throws<InvalidOperationException>(() => canvas.Render(snapshot, new FrameBuffer(160, 90)));
        Assert.Contains("recycled", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => snapshot.ContentEquals(output.Snapshots[0]));
    }

    [Fact]
    public void Pool_HandsBackArraysOfTheExactLength_AndKeepsNoMoreThanItsCap()
    {
        var pool = new DisplayArrayPool { MaxRetainedFloats = 100 };
        var a = pool.Rent(64);
        pool.Return(a);

        Assert.Same(a, pool.Rent(64));
        Assert.Equal(32, pool.Rent(32).Length);
        Assert.Equal(3, pool.Rented);
        Assert.Equal(2, pool.Allocated);

        var big = pool.Rent(80);
        var other = pool.Rent(80);
        pool.Return(big);
        pool.Return(other); // 160 floats would pass the cap of 100: this one is dropped
        Assert.Same(big, pool.Rent(80));
        Assert.NotSame(other, pool.Rent(80));
    }

    private sealed class KeepingOutput : ISceneOutput
    {
        public List<FrameSnapshot> Snapshots { get; } = [];

        public void BeginSegment(SegmentInfo segment)
        {
        }

        public void AddFrame(FrameSnapshot snapshot) => Snapshots.Add(snapshot);

        public void EndSegment()
        {
        }
    }
}
