using AnimLib.Encoding;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>
/// The sounds heard during one section video: each sound that overlaps the section, moved to the section's own timeline.
/// A sound that began before the section gets a negative start, which the mix turns into a cut of its beginning.
/// </summary>
internal sealed class SectionSounds(IReadOnlyList<SceneSound> sounds)
{
    // Each file is probed once, however many sections it touches; a length ffprobe cannot tell counts as endless.
    private readonly Dictionary<string, double> _lengths = [];

    /// <summary>The sounds playing between <paramref name="start"/> and <paramref name="end"/> (seconds of the full video).</summary>
    public IReadOnlyList<SceneSound> Between(double start, double end) =>
        sounds.Where(s => s.StartTime < end - 1e-9 && s.StartTime + Length(s.Path) > start + 1e-9)
            .Select(s => s with { StartTime = s.StartTime - start })
            .ToList();

    private double Length(string path)
    {
        if (!_lengths.TryGetValue(path, out double length))
            _lengths[path] = length = FfmpegTools.Probe(path).Duration.TotalSeconds is > 0 and var seconds ? seconds : double.PositiveInfinity;
        return length;
    }
}
