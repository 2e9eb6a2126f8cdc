namespace AnimLib.Rendering;

/// <summary>
/// A sink whose per-frame work before writing (for a video: colour conversion) can run on other threads:
/// <see cref="Prepare"/> is thread-safe and pure, and <see cref="WritePrepared"/> takes its result in order.
/// A pipelined output prepares frames on its rasterizing threads, so only the write is left to the writer.
/// </summary>
internal interface IPreparingFrameSink : IFrameSink
{
    /// <summary>Size of a prepared frame in bytes; 0 when this sink does no preparation (use <see cref="IFrameSink.WriteFrame"/>).</summary>
    int PreparedFrameBytes { get; }

    /// <summary>Turns a frame into what the sink writes; may run on any thread, concurrently with other calls.</summary>
    void Prepare(FrameBuffer frame, byte[] destination);

    /// <summary>Writes a frame prepared by <see cref="Prepare"/>; equivalent to <see cref="IFrameSink.WriteFrame"/> of the original frame.</summary>
    void WritePrepared(byte[] prepared);
}
