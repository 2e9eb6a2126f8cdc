using System.Diagnostics;
using AnimLib.Display;

namespace AnimLib.Rendering;

/// <summary>Wraps a canvas and adds up the time spent rasterizing, for the single-threaded render's stage timings.</summary>
internal sealed class TimedCanvas(ICanvas inner) : ICanvas
{
    /// <summary>Total time spent in <see cref="Render"/>.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <inheritdoc/>
    public void Render(FrameSnapshot snapshot, FrameBuffer target)
    {
        long start = Stopwatch.GetTimestamp();
        inner.Render(snapshot, target);
        Elapsed += Stopwatch.GetElapsedTime(start);
    }

    /// <inheritdoc/>
    public void Dispose() => inner.Dispose();
}
