namespace AnimLib.Scenes;

// Sections, sounds and subcaptions: what a scene records besides its frames, read by the output stage after the run.
public abstract partial class Scene
{
    private readonly List<SceneSection> _sections = [];
    private readonly List<SceneSound> _sounds = [];
    private readonly List<Subcaption> _subcaptions = [];

    /// <summary>
    /// The scene's sections in order. There is always at least one: a scene that never calls <see cref="NextSection"/>
    /// is a single section named <c>autocreated</c>, as in Manim.
    /// </summary>
    public IReadOnlyList<SceneSection> Sections =>
        _sections.Count > 0 && _sections[0].FirstSegment == 0
            ? _sections
            : [new SceneSection("autocreated", 0, 0), .. _sections];

    /// <summary>Sounds added with <see cref="AddSound"/>, in the order they were added.</summary>
    public IReadOnlyList<SceneSound> Sounds => _sounds;

    /// <summary>Captions added with <see cref="AddSubcaption"/> or the <c>subcaption:</c> argument of <c>Play</c>.</summary>
    public IReadOnlyList<Subcaption> Subcaptions => _subcaptions;

    /// <summary>
    /// Starts a new section here: every following play and wait belongs to it until the next call. With
    /// <c>animlib render --save-sections</c> each section is also written as its own video.
    /// </summary>
    /// <param name="name">Section name; defaults to <c>section_N</c>.</param>
    /// <param name="skipAnimations">Leave this section's animations out of the render (they still run, so the state carries on).</param>
    public void NextSection(string? name = null, bool skipAnimations = false)
    {
        name ??= $"section_{_sections.Count}";
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A section name cannot be blank.", nameof(name));
        // A section with no play or wait yet is replaced, so NextSection at the very start names the first section.
        if (_sections.Count > 0 && _sections[^1].FirstSegment == SegmentCount) _sections.RemoveAt(_sections.Count - 1);
        _sections.Add(new SceneSection(name, SegmentCount, Time, skipAnimations));
    }

    /// <summary>Mixes a sound file into the video, starting <paramref name="timeOffset"/> seconds from now.</summary>
    /// <param name="path">Audio file (wav, mp3, ogg, ... anything ffmpeg reads); relative paths are resolved now, against the current folder.</param>
    /// <param name="timeOffset">Delay in seconds after the current scene time (may be negative, not before 0).</param>
    /// <param name="gain">Volume change in decibels (negative is quieter).</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public void AddSound(string path, double timeOffset = 0, double gain = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
            throw new FileNotFoundException($"Sound file '{path}' (added by {GetType().Name} at t={Time:0.###} s) was not found.", full);
        if (!double.IsFinite(timeOffset) || !double.IsFinite(gain))
            throw new ArgumentException("Sound offset and gain must be finite numbers.");
        _sounds.Add(new SceneSound(full, Math.Max(0, Time + timeOffset), gain));
    }

    /// <summary>Adds a caption shown for <paramref name="duration"/> seconds, starting <paramref name="offset"/> seconds from now.</summary>
    /// <param name="text">Caption text (may span lines).</param>
    /// <param name="duration">How long it is shown, in seconds (positive).</param>
    /// <param name="offset">Delay after the current scene time.</param>
    public void AddSubcaption(string text, double duration = 1, double offset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!(duration > 0) || !double.IsFinite(duration))
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A subcaption's duration must be a positive number of seconds.");
        double start = Math.Max(0, Time + offset);
        _subcaptions.Add(new Subcaption(text, start, start + duration));
    }

    private void ResetMedia()
    {
        _sections.Clear();
        _sounds.Clear();
        _subcaptions.Clear();
    }
}
