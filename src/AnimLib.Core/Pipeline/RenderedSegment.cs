using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>
/// One play or wait as it went into the output, or one piece of it: a segment whose display lists outgrow the memory
/// budget is cut into pieces, one file each, joined in order with the rest.
/// </summary>
/// <param name="Info">The segment as the scene described it.</param>
/// <param name="Path">Its encoded video (in the partial-movie cache), or null when it has no frames or the format is not segmented.</param>
/// <param name="Frames">Frames in <paramref name="Path"/>: the segment's, or this piece's share of them.</param>
internal sealed record RenderedSegment(SegmentInfo Info, string? Path, int Frames);
