using AnimLib.Pipeline;

namespace AnimLib.Cli.Preview;

/// <summary>Records which animations a render encoded and which it took from the partial-movie cache.</summary>
internal sealed class SegmentRecorder : IRenderProgress
{
    private readonly Lock _lock = new();
    private readonly HashSet<int> _encoded = [];
    private int _fromCache;

    /// <summary>Indices of the animations encoded by the render.</summary>
    public IReadOnlySet<int> Encoded
    {
        get { lock (_lock) return _encoded.ToHashSet(); }
    }

    /// <summary>Animations reused from the cache.</summary>
    public int FromCache
    {
        get { lock (_lock) return _fromCache; }
    }

    public void SegmentStarted(SegmentInfo segment)
    {
    }

    public void FramesDone(int framesDone)
    {
    }

    // Called from the encoding thread.
    public void SegmentFinished(SegmentInfo segment, bool fromCache)
    {
        lock (_lock)
        {
            if (fromCache) _fromCache++;
            else _encoded.Add(segment.Index);
        }
    }
}
