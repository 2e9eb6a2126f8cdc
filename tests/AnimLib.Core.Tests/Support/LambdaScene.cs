using AnimLib.Display;
using AnimLib.Rendering;

namespace AnimLib.Core.Tests.Support;

/// <summary>A scene whose construct body is a lambda, for tests.</summary>
public sealed class LambdaScene(Action<LambdaScene> body) : Scene
{
    protected override void Construct() => body(this);

    /// <summary>Runs the body (scene logic only) at <paramref name="width"/>x<paramref name="height"/> and rasterizes the final state.</summary>
    public static FrameBuffer RenderFinalFrame(Action<LambdaScene> body, int width = 854, int height = 480, double fps = 15)
    {
        var scene = new LambdaScene(body);
        scene.Run(new SceneSettings(width, height, fps), new NullOutput());
        return SceneRenderer.RenderSnapshot(scene.TakeSnapshot());
    }

    /// <summary>Runs the body at the given settings and returns what it emitted.</summary>
    public static RecordingOutput Record(Action<LambdaScene> body, int width = 854, int height = 480, double fps = 15)
    {
        var output = new RecordingOutput();
        new LambdaScene(body).Run(new SceneSettings(width, height, fps), output);
        return output;
    }
}

/// <summary>Collects segments and snapshots.</summary>
public sealed class RecordingOutput : ISceneOutput
{
    public List<SegmentInfo> Segments { get; } = [];
    public List<int> FramesPerSegment { get; } = [];
    public List<FrameSnapshot> Frames { get; } = [];

    public void BeginSegment(SegmentInfo segment)
    {
        Segments.Add(segment);
        FramesPerSegment.Add(0);
    }

    public void AddFrame(FrameSnapshot snapshot)
    {
        Frames.Add(snapshot);
        FramesPerSegment[^1]++;
    }

    public void EndSegment()
    {
    }
}
