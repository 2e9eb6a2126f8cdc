using System.Diagnostics;

namespace AnimLib.Rendering;

/// <summary>Wraps a sink and adds up the time spent handing it frames and completing it (waiting on the encoder).</summary>
internal sealed class TimedFrameSink(IFrameSink inner) : IPreparingFrameSink
{
    private readonly IPreparingFrameSink? _preparing = inner as IPreparingFrameSink;

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
    public int PreparedFrameBytes => _preparing?.PreparedFrameBytes ?? 0;

    /// <inheritdoc/>
    public void Prepare(FrameBuffer frame, byte[] destination) =>
        (_preparing ?? throw new NotSupportedException("The wrapped sink does not prepare frames.")).Prepare(frame, destination);

    /// <inheritdoc/>
    public void WritePrepared(byte[] prepared)
    {
        long start = Stopwatch.GetTimestamp();
        (_preparing ?? throw new NotSupportedException("The wrapped sink does not prepare frames.")).WritePrepared(prepared);
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
