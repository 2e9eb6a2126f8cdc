using System.Globalization;

namespace AnimLib.Pipeline;

/// <summary>
/// One shard of a render split <see cref="Count"/> ways. The segments are dealt by their frame counts: in order, each goes
/// to the shard with the fewest frames so far, so the shards get about equal work whatever the animations' lengths.
/// </summary>
/// <param name="Index">This shard, 0 ≤ Index &lt; Count.</param>
/// <param name="Count">Number of shards.</param>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>Parses "I/N" (e.g. "0/4"); false, with a message in the library's terms, when malformed or out of range.</summary>
    public static bool TryParse(string text, out ShardSpec shard, out string? error)
    {
        shard = default;
        error = null;
        var parts = text.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            error = $"A shard is written I/N with whole numbers, e.g. 0/4; got '{text}'.";
            return false;
        }
        if (count < 1 || index >= count)
        {
            error = $"A shard I/N needs N >= 1 and 0 <= I < N; got '{text}'.";
            return false;
        }
        shard = new ShardSpec(index, count);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
