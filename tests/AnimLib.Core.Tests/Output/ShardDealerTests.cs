using AnimLib.Pipeline;
using AnimLib.Scenes;

namespace AnimLib.Core.Tests.Output;

/// <summary>Shards are dealt segments by frame counts: each segment to exactly one shard, the shards' frames even.</summary>
public sealed class ShardDealerTests
{
    // Frame counts like a chapter's: many short plays, a few long ones, waits of one frame.
    private static readonly int[] Lengths = [60, 15, 15, 600, 30, 30, 1, 240, 15, 15, 15, 900, 45, 1, 60, 60, 120, 15, 300, 30];

    private static List<SegmentInfo> Segments() =>
        [.. Lengths.Select((frames, i) => new SegmentInfo(i, $"Play {i}", frames, 0))];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(16)]
    public void EverySegmentGoesToExactlyOneShard_AndEveryShardDealsAlike(int count)
    {
        var dealers = Enumerable.Range(0, count).Select(i => new ShardDealer(new ShardSpec(i, count))).ToList();
        foreach (var segment in Segments())
        {
            var owners = dealers.Select(d => d.OwnerOf(segment)).Distinct().ToList();
            Assert.Single(owners);
            Assert.Equal(1, dealers.Count(d => d.Owns(segment)));
        }
    }

    [Fact]
    public void TheShardsFramesDifferByNoMoreThanTheLongestSegment()
    {
        var dealer = new ShardDealer(new ShardSpec(0, 4));
        var frames = new long[4];
        foreach (var segment in Segments()) frames[dealer.OwnerOf(segment)] += segment.FrameCount;

        Assert.Equal(Lengths.Sum(), frames.Sum());
        Assert.True(frames.Max() - frames.Min() <= Lengths.Max(), $"shards got {string.Join(", ", frames)} frames");
        // Dealt by count (k mod 4) the same segments give 270, 76, 391 and 1,830 frames: the longest shard sets the wall.
        var byCount = new long[4];
        for (int i = 0; i < Lengths.Length; i++) byCount[i % 4] += Lengths[i];
        Assert.True(frames.Max() < byCount.Max(), $"shards got {string.Join(", ", frames)} frames, by count {string.Join(", ", byCount)}");
    }

    [Fact]
    public void AskingAgainAboutASegmentGivesTheSameShard()
    {
        var dealer = new ShardDealer(new ShardSpec(1, 3));
        var segments = Segments();
        var first = segments.Select(dealer.OwnerOf).ToList();
        Assert.Equal(first, segments.Select(dealer.OwnerOf));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 3)]
    [InlineData(-1, 2)]
    public void AShardOutsideItsCountIsRefused(int index, int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShardDealer(new ShardSpec(index, count)));
    }
}
