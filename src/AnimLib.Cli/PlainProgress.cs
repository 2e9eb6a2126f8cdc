using System.Diagnostics;
using AnimLib.Pipeline;

namespace AnimLib.Cli;

/// <summary>Progress as one log line per animation, for logs and CI (stdout is not a terminal).</summary>
public sealed class PlainProgress(CliLog log) : IRenderProgress
{
    private readonly Stopwatch _clock = new();
    private int _frames;

    /// <inheritdoc/>
    public void SegmentStarted(SegmentInfo segment)
    {
        _frames = 0;
        _clock.Restart();
    }

    /// <inheritdoc/>
    public void FramesDone(int framesDone) => _frames = framesDone;

    /// <inheritdoc/>
    public void SegmentFinished(SegmentInfo segment, bool fromCache)
    {
        if (fromCache)
        {
            log.Info($"  [{segment.Index}] {segment.Name}: {segment.FrameCount} frames, cached");
            return;
        }
        double s = _clock.Elapsed.TotalSeconds;
        log.Info($"  [{segment.Index}] {segment.Name}: {_frames} frames in {s:0.0} s ({_frames / Math.Max(s, 1e-9):0.0} frames/s)");
    }
}
