using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>
/// Rasterizing or encoding one segment (a play or wait) failed. Segments are encoded in the background while the scene
/// plays on, so the failure names the segment it belongs to rather than the one the scene had reached.
/// </summary>
internal sealed class SegmentEncodingException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SegmentEncodingException(SegmentInfo segment, Exception inner)
        : base($"Encoding animation {segment.Index} ({segment.Name}) failed: {inner?.Message}", inner)
    {
        Segment = segment;
    }

    /// <summary>The segment whose frames could not be encoded.</summary>
    public SegmentInfo Segment { get; }
}
