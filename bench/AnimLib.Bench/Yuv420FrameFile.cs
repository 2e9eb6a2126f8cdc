using AnimLib.Encoding;
using AnimLib.Rendering;

namespace AnimLib.Bench;

/// <summary>
/// Appends every frame to a raw yuv420p file, converted by <see cref="Yuv420Converter"/>: byte for byte what the renderer
/// pipes to x264 by default (<see cref="VideoSettings.ConvertInProcess"/>), so encodes of this file start from the same
/// input as a render, and the file is the reference their quality is measured against.
/// </summary>
internal sealed class Yuv420FrameFile(string path, int width, int height) : IFrameSink
{
    private readonly FileStream _out = new(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
    private readonly byte[] _yuv = new byte[Yuv420Converter.ByteCount(width, height)];

    /// <summary>Frames written so far.</summary>
    public int Frames { get; private set; }

    public void WriteFrame(FrameBuffer frame)
    {
        if (frame.Width != width || frame.Height != height)
            throw new ArgumentException($"Frame is {frame.Width}x{frame.Height} but the file holds {width}x{height} frames.", nameof(frame));
        Yuv420Converter.Convert(frame.Pixels, width, height, _yuv);
        _out.Write(_yuv);
        Frames++;
    }

    public void Complete() => _out.Flush();

    public void Dispose() => _out.Dispose();
}
