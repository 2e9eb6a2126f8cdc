using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>Maps scene time to the time of the written video, which leaves out skipped animations.</summary>
internal sealed class Timeline
{
    private readonly List<(double SceneStart, double SceneEnd, double OutStart)> _parts = [];

    public Timeline(IReadOnlyList<SegmentInfo> included, double fps)
    {
        double t = 0;
        foreach (var s in included)
        {
            double length = s.FrameCount / fps;
            _parts.Add((s.StartTime, s.StartTime + length, t));
            t += length;
        }
        Duration = t;
    }

    public double Duration { get; }

    public double Map(double sceneTime)
    {
        foreach (var (start, end, outStart) in _parts)
        {
            if (sceneTime < start) return outStart;
            if (sceneTime <= end + 1e-9) return outStart + (sceneTime - start);
        }
        return Duration;
    }
}
