using AnimLib.Rendering;

namespace AnimLib.Core.Tests.Support;

/// <summary>Keeps a copy of every frame in memory, for tests and benchmarks.</summary>
public sealed class MemoryFrameSink : IFrameSink
{
    private readonly List<FrameBuffer> _frames = [];

    /// <summary>Copies of the frames received so far, in order.</summary>
    public IReadOnlyList<FrameBuffer> Frames => _frames;

    /// <summary>True once <see cref="Complete"/> has been called.</summary>
    public bool Completed { get; private set; }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The sink was already completed.</exception>
    public void WriteFrame(FrameBuffer frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (Completed) throw new InvalidOperationException("Cannot write frames after Complete().");
        // The caller reuses its buffer, so the reference alone would end up holding only the last frame.
        var copy = new FrameBuffer(frame.Width, frame.Height);
        frame.CopyTo(copy);
        _frames.Add(copy);
    }

    /// <inheritdoc/>
    public void Complete() => Completed = true;

    /// <summary>Does nothing: the frames stay readable after disposal.</summary>
    public void Dispose()
    {
    }
}
