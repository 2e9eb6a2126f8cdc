using System.Diagnostics;
using AnimLib.Rendering;

namespace AnimLib.Output;

/// <summary>Wraps a sink and adds up the time spent handing it frames and completing it (waiting on the encoder).</summary>
internal sealed class TimedFrameSink(IFrameSink inner) : IFrameSink
{
    /// <summary>Total time spent in <see cref="WriteFrame"/> and <see cref="Complete"/>.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <inheritdoc/>
    public void WriteFrame(FrameBuffer frame)
    {
        long start = Stopwatch.GetTimestamp();
        inner.WriteFrame(frame);
        Elapsed += Stopwatch.GetElapsedTime(start);
    }

    /// <inheritdoc/>
    public void Complete()
    {
        long start = Stopwatch.GetTimestamp();
        inner.Complete();
        Elapsed += Stopwatch.GetElapsedTime(start);
    }

    /// <summary>Disposes the wrapped sink.</summary>
    public void Dispose() => inner.Dispose();
}
