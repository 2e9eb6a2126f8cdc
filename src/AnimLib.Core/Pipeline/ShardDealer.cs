using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>
/// Deals a render's segments to the shards of a <see cref="ShardSpec"/> by their frame counts: in segment order, each
/// segment goes to the shard that has the fewest frames so far (the lowest index among equals).
/// </summary>
/// <remarks>
/// Dealing by frames instead of by count (segment k to shard k mod N) keeps a shard that drew the long animations from
/// finishing long after the others. Every shard process runs the same scene with the same settings, so it sees the same
/// segments in the same order and computes the same deal without talking to the others; the join needs no deal at all,
/// since it finds every segment by its key.
/// </remarks>
internal sealed class ShardDealer
{
    private readonly ShardSpec _shard;
    private readonly long[] _frames;
    private readonly Dictionary<int, int> _owners = [];

    /// <summary>A dealer for the render whose share is <paramref name="shard"/>.</summary>
    public ShardDealer(ShardSpec shard)
    {
        if (shard.Count < 1 || shard.Index < 0 || shard.Index >= shard.Count)
            throw new ArgumentOutOfRangeException(nameof(shard), shard, "A shard I/N needs N >= 1 and 0 <= I < N.");
        _shard = shard;
        _frames = new long[shard.Count];
    }

    /// <summary>
    /// The shard <paramref name="segment"/> is dealt to. The first call for a segment deals it; later calls for the same
    /// index answer the same. Call it for the segments in their order, the same ones in every shard.
    /// </summary>
    public int OwnerOf(SegmentInfo segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (_owners.TryGetValue(segment.Index, out int owner)) return owner;
        owner = 0;
        for (int i = 1; i < _frames.Length; i++)
            if (_frames[i] < _frames[owner]) owner = i;
        _frames[owner] += segment.FrameCount;
        _owners[segment.Index] = owner;
        return owner;
    }

    /// <summary>Whether <paramref name="segment"/> is this render's to encode (see <see cref="OwnerOf"/>).</summary>
    public bool Owns(SegmentInfo segment) => OwnerOf(segment) == _shard.Index;
}
