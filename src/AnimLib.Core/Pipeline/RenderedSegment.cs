using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>One play or wait as it went into the output.</summary>
/// <param name="Info">The segment as the scene described it.</param>
/// <param name="Path">Its encoded video (in the partial-movie cache), or null when it has no frames or the format is not segmented.</param>
/// <param name="FromCache">True when the video was reused rather than encoded.</param>
internal sealed record RenderedSegment(SegmentInfo Info, string? Path, bool FromCache);
