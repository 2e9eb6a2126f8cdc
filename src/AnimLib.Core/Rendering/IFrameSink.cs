namespace AnimLib.Rendering;

/// <summary>Where finished frames go, in order: a video encoder, a PNG sequence, memory (tests).</summary>
public interface IFrameSink : IDisposable
{
    /// <summary>Receives the next frame. The buffer may be reused by the caller after the call returns.</summary>
    void WriteFrame(FrameBuffer frame);

    /// <summary>Flushes and finalizes the output (for files: renames the temporary file into place).</summary>
    void Complete();
}
