using System.Globalization;

namespace AnimLib.Bench;

/// <summary>The command line of <c>AnimLib.Bench scaling</c> (bench/README.md, "Scaling").</summary>
internal sealed record ScalingOptions(
    string CliDll,
    bool MeasureJobs,
    string JobsScene,
    BenchQuality JobsQuality,
    IReadOnlyList<int> Jobs,
    bool MeasureShards,
    string ShardScene,
    BenchQuality ShardQuality,
    IReadOnlyList<int> Shards,
    int Runs,
    IReadOnlyList<string> EncoderArguments,
    string ResultsFolder,
    string? MarkdownFile)
{
    public const string Usage =
        "scaling --cli PATH/animlib.dll [--jobs-scene MatrixBench] [--jobs-quality 1080p60] [--jobs 1,2,3,4,6,8] " +
        "[--shard-scene BasicMLPWalkThrough] [--shard-quality 480p15] [--shards 1,2,4,8,16] [--parts jobs,shards] [--runs 1] " +
        "[--preset P] [--crf N] [--out DIR] [--markdown FILE]";

    /// <summary>Reads the options through <paramref name="flag"/> (a flag's value, or null when absent); throws <see cref="ArgumentException"/> on a bad value.</summary>
    public static ScalingOptions Parse(Func<string, string?> flag)
    {
        string cli = flag("--cli") ?? Path.Combine(".animlib", "cli", "animlib.dll");
        if (!File.Exists(cli))
            throw new ArgumentException($"No animlib at {cli}: build the solution (src/AnimLib.Cli/bin/Release/net10.0/animlib.dll) or run ./animlib once (.animlib/cli), and pass --cli PATH/animlib.dll.");
        var parts = (flag("--parts") ?? "jobs,shards").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => p is not ("jobs" or "shards")))
            throw new ArgumentException($"--parts takes jobs, shards or both (jobs,shards); got '{flag("--parts")}'.");

        var shards = Counts(flag("--shards") ?? "1,2,4,8,16", "--shards");
        // Efficiency is against one machine, so N = 1 is always measured.
        if (!shards.Contains(1)) shards.Insert(0, 1);
        string? markdown = flag("--markdown");
        if (MarkedSection.MissingTarget(markdown) is { } missing) throw new ArgumentException(missing);
        string? crf = flag("--crf");
        if (crf is not null && !int.TryParse(crf, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            throw new ArgumentException($"--crf takes a whole number; got '{crf}'.");

        return new ScalingOptions(
            Path.GetFullPath(cli),
            parts.Contains("jobs"),
            Scene(flag("--jobs-scene") ?? "MatrixBench", "--jobs-scene"),
            BenchQuality.Parse(flag("--jobs-quality") ?? "1080p60"),
            Counts(flag("--jobs") ?? "1,2,3,4,6,8", "--jobs"),
            parts.Contains("shards"),
            Scene(flag("--shard-scene") ?? "BasicMLPWalkThrough", "--shard-scene"),
            BenchQuality.Parse(flag("--shard-quality") ?? "480p15"),
            shards,
            RunCount(flag("--runs")),
            [.. flag("--preset") is { } p ? ["--preset", p] : Array.Empty<string>(), .. crf is null ? Array.Empty<string>() : ["--crf", crf]],
            flag("--out") ?? Path.Combine("bench", "results"),
            markdown);
    }

    private static int RunCount(string? text)
    {
        if (text is null) return 1;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int runs) && runs >= 1
            ? runs
            : throw new ArgumentException($"--runs takes one positive whole number; got '{text}'.");
    }

    /// <summary>A comma-separated list of positive whole numbers, sorted, each once.</summary>
    private static List<int> Counts(string text, string name)
    {
        var values = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v < 1)
                throw new ArgumentException($"{name} takes positive whole numbers separated by commas (like 1,2,4); got '{text}'.");
            values.Add(v);
        }
        return [.. values.Distinct().Order()];
    }

    /// <summary>Checks that the scene exists before anything runs, so that a typo fails at once rather than after the first part.</summary>
    private static string Scene(string name, string flag)
    {
        try
        {
            Measure.CreateScene(name);
            return name;
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{flag}: {e.Message}", e);
        }
    }
}
