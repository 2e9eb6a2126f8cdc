using AnimLib.Display;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>
/// Passes on only the segments a render wants — those in <c>--from-animation A,B</c>, outside sections marked to be
/// skipped — and ends the scene run after segment B. Skipped segments are never rasterized: the scene is told (through
/// <see cref="ISegmentFilter"/>) not even to build their display lists.
/// </summary>
internal sealed class FilteredOutput : ISceneOutput, ISegmentFilter
{
    private readonly ISceneOutput _inner;
    private readonly Func<SegmentInfo, bool> _include;
    private readonly int? _upTo;
    private readonly List<SegmentInfo> _included = [];
    private bool _passing;

    /// <summary>Creates the filter.</summary>
    /// <param name="inner">Receives the included segments.</param>
    /// <param name="include">Whether a segment is included.</param>
    /// <param name="upTo">Index of the last segment wanted; the run ends when the next one begins (null: run to the end).</param>
    public FilteredOutput(ISceneOutput inner, Func<SegmentInfo, bool> include, int? upTo = null)
    {
        _inner = inner;
        _include = include;
        _upTo = upTo;
    }

    /// <summary>The included segments, in order.</summary>
    public IReadOnlyList<SegmentInfo> Included => _included;

    /// <summary>The segment begun last, included or not (names the animation when a scene fails).</summary>
    public SegmentInfo? LastBegun { get; private set; }

    /// <summary>Every segment seen, included or not.</summary>
    public int SegmentsSeen { get; private set; }

    /// <inheritdoc/>
    public bool WantsFrames(SegmentInfo segment) => (_upTo is null || segment.Index <= _upTo) && _include(segment);

    /// <inheritdoc/>
    public void BeginSegment(SegmentInfo segment)
    {
        if (_upTo is { } last && segment.Index > last) throw new RenderStoppedException();
        SegmentsSeen++;
        LastBegun = segment;
        _passing = _include(segment);
        if (!_passing) return;
        _included.Add(segment);
        _inner.BeginSegment(segment);
    }

    /// <inheritdoc/>
    public void AddFrame(FrameSnapshot snapshot)
    {
        if (_passing) _inner.AddFrame(snapshot);
    }

    /// <inheritdoc/>
    public void EndSegment()
    {
        if (_passing) _inner.EndSegment();
        _passing = false;
    }
}
