using AnimLib.Encoding;
using AnimLib.Rendering;

namespace AnimLib.Bench;

/// <summary>A sink that saves the frames with the wanted indices as PNGs and drops the rest.</summary>
internal sealed class FramePicker(IReadOnlySet<int> wanted, Func<int, string> pathFor) : IFrameSink
{
    public int Count { get; private set; }

    public void WriteFrame(FrameBuffer frame)
    {
        if (wanted.Contains(Count)) PngFile.Save(frame, pathFor(Count));
        Count++;
    }

    public void Complete()
    {
    }

    public void Dispose()
    {
    }
}
