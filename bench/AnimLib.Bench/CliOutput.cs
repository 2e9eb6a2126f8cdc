using System.Globalization;
using System.Text.RegularExpressions;

namespace AnimLib.Bench;

/// <summary>
/// Reads the figures <c>animlib render</c> prints (src/AnimLib.Cli/RenderCommand.cs): the video it wrote, how many
/// animations it encoded, a dry run's counts. A line that is missing means the command's wording changed; the error
/// says which line was looked for.
/// </summary>
internal static partial class CliOutput
{
    /// <summary>"Wrote PATH: F frames, ..." of a finished render.</summary>
    public static (string Path, int Frames) Written(CliRun run)
    {
        var m = Find(WrittenLine(), run, "Wrote PATH: N frames");
        return (m.Groups[1].Value, Int(m.Groups[2]));
    }

    /// <summary>"Animations encoded: E, reused from cache: R" of a finished render.</summary>
    public static (int Encoded, int Reused) Animations(CliRun run)
    {
        var m = Find(AnimationsLine(), run, "Animations encoded: E, reused from cache: R");
        return (Int(m.Groups[1]), Int(m.Groups[2]));
    }

    /// <summary>"Shard I/N of SCENE: E animation(s) encoded, C already cached" of a shard.</summary>
    public static (int Encoded, int Cached) Shard(CliRun run)
    {
        var m = Find(ShardLine(), run, "Shard I/N of SCENE: E animation(s) encoded, C already cached");
        return (Int(m.Groups[1]), Int(m.Groups[2]));
    }

    /// <summary>"Dry run of SCENE at ...: A animations, F frames" of <c>--dry-run</c>.</summary>
    public static (int Animations, int Frames) DryRun(CliRun run)
    {
        var m = Find(DryRunLine(), run, "Dry run of SCENE at SIZE: A animations, F frames");
        return (Int(m.Groups[1]), Int(m.Groups[2]));
    }

    private static Match Find(Regex pattern, CliRun run, string expected)
    {
        var m = pattern.Match(run.Output);
        return m.Success ? m : throw new InvalidOperationException($"animlib's output has no line like '{expected}':\n{run.Output}");
    }

    private static int Int(System.Text.RegularExpressions.Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Wrote (.+): (\d+) frames,", RegexOptions.Multiline)]
    private static partial Regex WrittenLine();

    [GeneratedRegex(@"^Animations encoded: (\d+), reused from cache: (\d+)", RegexOptions.Multiline)]
    private static partial Regex AnimationsLine();

    [GeneratedRegex(@"^Shard \S+ of \S+: (\d+) animation\(s\) encoded, (\d+) already cached", RegexOptions.Multiline)]
    private static partial Regex ShardLine();

    [GeneratedRegex(@"^Dry run of .+: (\d+) animations, (\d+) frames", RegexOptions.Multiline)]
    private static partial Regex DryRunLine();
}
