using System.Numerics;
using AnimLib.Core.Tests.Support;
using AnimLib.Display;
using AnimLib.Encoding;
using AnimLib.Pipeline;
using AnimLib.Rendering;
using static AnimLib.Anim;

namespace AnimLib.Core.Tests.Output;

/// <summary>The frame stage: any number of rasterizing threads writes the same frames, in order, and failures surface.</summary>
public sealed class FrameStageTests
{
    // Moves, fades, a transform and a wait: frames that change and frames that repeat.
    private static void Busy(LambdaScene s)
    {
        var dots = new VGroup(Enumerable.Range(0, 30).Select(i =>
            (VMobject)new Dot(new Vector3(-4 + i * 0.28f, (float)Math.Sin(i) * 2, 0), color: Palette.Blue)));
        var square = new Square(3, Palette.Blue, fillOpacity: 0.5);
        s.Play(LaggedStartMap(d => FadeIn(d), dots, lagRatio: 0.1, runTime: 1));
        s.Play(Transform(square, new Circle(1.5, Palette.Red, fillOpacity: 0.5)), runTime: 1);
        s.Wait(0.5);
        s.Play(square.Animate().Shift(2 * Directions.Right).SetOpacity(0.3), runTime: 0.5);
        s.Play(FadeOut(dots), runTime: 0.5);
    }

    private static (MemoryFrameSink Sink, int Frames, int Rasterized) Render(int jobs)
    {
        var sink = new MemoryFrameSink();
        var (frames, rasterized, _) = SceneRenderer.RenderFrames(new LambdaScene(Busy), new SceneSettings(320, 180, 15), sink, jobs);
        return (sink, frames, rasterized);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void ParallelRender_IsByteIdenticalToSingleThreaded(int jobs)
    {
        var single = Render(1);
        var parallel = Render(jobs);

        Assert.True(single.Sink.Completed);
        Assert.True(parallel.Sink.Completed);
        Assert.Equal(single.Frames, parallel.Frames);
        Assert.Equal(single.Sink.Frames.Count, parallel.Sink.Frames.Count);
        Assert.Equal(54, parallel.Frames); // 15 + 15 + 8 + 8 + 8 at 15 fps (0.5 s rounds up to 8 frames)
        for (int i = 0; i < single.Sink.Frames.Count; i++)
            Assert.True(single.Sink.Frames[i].Pixels.AsSpan().SequenceEqual(parallel.Sink.Frames[i].Pixels), $"frame {i} differs");
        // The content really changes from frame to frame, so an out-of-order writer could not pass.
        Assert.False(parallel.Sink.Frames[3].Pixels.AsSpan().SequenceEqual(parallel.Sink.Frames[4].Pixels));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void PreparedFrames_AreByteIdenticalToSingleThreaded(int jobs)
    {
        var single = new RecordingYuvSink();
        var parallel = new RecordingYuvSink();
        var settings = new SceneSettings(320, 180, 15);
        SceneRenderer.RenderFrames(new LambdaScene(Busy), settings, single, jobs: 1);
        SceneRenderer.RenderFrames(new LambdaScene(Busy), settings, parallel, jobs);

        // Frames are converted on the rasterizing threads whatever their number.
        Assert.Equal(54, single.Written.Count);
        Assert.Equal(54, single.PreparedWrites);
        Assert.Equal(54, parallel.PreparedWrites);
        Assert.Equal(single.Written.Count, parallel.Written.Count);
        for (int i = 0; i < single.Written.Count; i++)
            Assert.True(single.Written[i].AsSpan().SequenceEqual(parallel.Written[i]), $"frame {i} differs");
    }

    [Fact]
    public void WaitFrames_AreNotRasterizedAgain()
    {
        var (_, frames, rasterized) = Render(2);
        var single = Render(1);
        // The 0.5 s wait repeats the last frame of the transform 8 times.
        Assert.Equal(single.Rasterized, rasterized);
        Assert.Equal(frames - 8, rasterized);
    }

    [Fact]
    public void SinkFailure_SurfacesOnTheSceneThread()
    {
        var sink = new FailingSink(failAt: 5);
        var error = Assert.Throws<IOException>(() =>
            SceneRenderer.RenderFrames(new LambdaScene(Busy), new SceneSettings(160, 90, 15), sink, jobs: 2));
        Assert.Equal("disk full", error.Message);
        Assert.False(sink.Completed);
    }

    [Fact]
    public void CanvasFailure_SurfacesOnTheSceneThread()
    {
        var sink = new MemoryFrameSink();
        using var output = new FrameStageOutput(sink, 2, () => new ThrowingCanvas());
        var error = Assert.Throws<InvalidOperationException>(() =>
        {
            new LambdaScene(Busy).Run(new SceneSettings(160, 90, 15), output);
            output.Complete();
        });
        Assert.Equal("no paint", error.Message);
    }

    [Fact]
    public void Drain_WaitsForEveryQueuedFrame()
    {
        var sink = new MemoryFrameSink();
        using var output = new FrameStageOutput(sink, 2);
        var scene = new LambdaScene(s => s.Play(FadeIn(new Square()), runTime: 1));
        scene.Run(new SceneSettings(160, 90, 15), output);
        output.Stage.Drain();
        Assert.Equal(15, sink.Frames.Count);
        Assert.Equal(15, output.Stage.FramesWritten);
        output.Complete();
        Assert.Equal(15, sink.Frames.Count);
    }

    /// <summary>Converts to yuv420p like the video sink and records what it would have piped.</summary>
    private sealed class RecordingYuvSink : IPreparingFrameSink
    {
        public List<byte[]> Written { get; } = [];

        public int PreparedWrites { get; private set; }

        public int PreparedFrameBytes => Yuv420Converter.ByteCount(320, 180);

        public void Prepare(FrameBuffer frame, byte[] destination) => Yuv420Converter.Convert(frame.Pixels, frame.Width, frame.Height, destination);

        public void WritePrepared(byte[] prepared)
        {
            PreparedWrites++;
            Written.Add(prepared[..PreparedFrameBytes]);
        }

        public void WriteFrame(FrameBuffer frame)
        {
            var bytes = new byte[PreparedFrameBytes];
            Prepare(frame, bytes);
            Written.Add(bytes);
        }

        public void Complete()
        {
        }

        public void Dispose()
        {
        }
    }

    private sealed class FailingSink(int failAt) : IFrameSink
    {
        private int _count;

        public bool Completed { get; private set; }

        public void WriteFrame(FrameBuffer frame)
        {
            if (++_count == failAt) throw new IOException("disk full");
        }

        public void Complete() => Completed = true;

        public void Dispose()
        {
        }
    }

    private sealed class ThrowingCanvas : ICanvas
    {
        public void Render(FrameSnapshot snapshot, FrameBuffer target) => throw new InvalidOperationException("no paint");

        public void Dispose()
        {
        }
    }
}
