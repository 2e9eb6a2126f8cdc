namespace AnimLib.Rendering;

/// <summary>
/// Where a render's time went, stage by stage. In a pipelined render the stages overlap, so the
/// figures add up to more than the wall time: each is the time spent in that stage, summed over the
/// threads that ran it.
/// </summary>
public sealed class RenderStageTimes
{
    /// <summary>Scene logic: <c>Construct</c>, animations and updaters (the scene thread's time outside the other stages).</summary>
    public TimeSpan SceneLogic { get; set; }

    /// <summary>Turning mobjects into display lists (<c>FrameSnapshot</c>s), on the scene thread.</summary>
    public TimeSpan Snapshot { get; set; }

    /// <summary>Comparing each snapshot with the previous one to skip identical frames, on the scene thread.</summary>
    public TimeSpan Compare { get; set; }

    /// <summary>Rasterizing snapshots into pixels, summed over every rasterizing thread.</summary>
    public TimeSpan Rasterize { get; set; }

    /// <summary>Time spent handing frames to the sink (for a video: blocked on the encoder's pipe) plus waiting for it to finish.</summary>
    public TimeSpan EncoderWait { get; set; }

    /// <summary>Time the scene thread waited for a free frame buffer because rasterization or encoding lagged behind.</summary>
    public TimeSpan Backpressure { get; set; }

    /// <summary>Joining the segments into the output file, after the last one is encoded (zero where nothing is joined).</summary>
    public TimeSpan Join { get; set; }
}
