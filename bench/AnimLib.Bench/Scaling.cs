using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace AnimLib.Bench;

/// <summary>
/// <c>AnimLib.Bench scaling</c>: what a user gains from more cores (part A: one render with each <c>--jobs</c> value) and
/// from more machines (part B: the scene split with <c>--shard I/N</c> into one cache folder, then joined; docs/scaling.md).
/// Shards run one after another, each alone, so each shard's figures are those it would have on a machine of its own;
/// N machines running them side by side would take the longest shard plus the join.
/// </summary>
internal static class Scaling
{
    public const string BeginMarker = "<!-- scaling-results:begin -->";
    public const string EndMarker = "<!-- scaling-results:end -->";

    public static int Run(Func<string, string?> flag)
    {
        if (flag("--from") is { } saved)
            return TablesFromResults(saved, flag("--markdown"));
        ScalingOptions o;
        try
        {
            o = ScalingOptions.Parse(flag);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine($"Usage: AnimLib.Bench {ScalingOptions.Usage}");
            return 2;
        }

        Console.WriteLine($"AnimLib scaling: {Environment.ProcessorCount} cores, animlib {o.CliDll}");
        JobsScaling? jobs;
        ShardScaling? shards;
        try
        {
            jobs = o.MeasureJobs ? MeasureJobs(o) : null;
            shards = o.MeasureShards ? MeasureShards(o) : null;
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }

        var report = new ScalingReport(DateTime.UtcNow, Environment.ProcessorCount, Environment.OSVersion.ToString(), Driver.GitCommit(),
            o.EncoderArguments, jobs, shards);
        Directory.CreateDirectory(o.ResultsFolder);
        string file = Path.Combine(o.ResultsFolder, $"scaling-{report.When.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(report, Driver.Json));

        string tables = ScalingTables.Format(report, Path.GetFileName(file));
        Console.WriteLine();
        Console.WriteLine(tables);
        Console.WriteLine($"Wrote {file}");
        if (o.MarkdownFile is { } markdown)
        {
            MarkedSection.Write(markdown, BeginMarker, EndMarker, "## Measured", tables);
            Console.WriteLine($"Updated the tables in {markdown}");
        }
        return 0;
    }

    /// <summary><c>scaling --from FILE [--markdown FILE]</c>: the tables of an earlier run, measuring nothing.</summary>
    private static int TablesFromResults(string path, string? markdown)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"--from: no file {path} (give a scaling-TIME.json an earlier run wrote).");
            return 2;
        }
        if (MarkedSection.MissingTarget(markdown) is { } missing)
        {
            Console.Error.WriteLine(missing);
            return 2;
        }
        var report = JsonSerializer.Deserialize<ScalingReport>(File.ReadAllText(path), Driver.Json)
            ?? throw new InvalidDataException($"{path} holds no scaling results.");
        string tables = ScalingTables.Format(report, Path.GetFileName(path));
        Console.WriteLine(tables);
        if (markdown is not null)
        {
            MarkedSection.Write(markdown, BeginMarker, EndMarker, "## Measured", tables);
            Console.WriteLine($"Updated the tables in {markdown}");
        }
        return 0;
    }

    /// <summary>Part A: <c>animlib render SCENE --disable-caching --jobs J</c> for each J, each into a fresh folder.</summary>
    private static JobsScaling MeasureJobs(ScalingOptions o)
    {
        var cli = new AnimlibCli(o.CliDll, o.JobsQuality, o.EncoderArguments);
        // The command refuses more than 4 threads per processor (docs/cli.md, --jobs): such values cannot be measured here.
        int limit = 4 * Environment.ProcessorCount;
        var jobValues = o.Jobs.Where(j => j <= limit).ToList();
        if (jobValues.Count < o.Jobs.Count)
            Console.WriteLine($"Skipped --jobs {string.Join(",", o.Jobs.Where(j => j > limit))}: animlib allows at most {limit} on {Environment.ProcessorCount} cores.");
        if (jobValues.Count == 0) throw new InvalidOperationException($"No --jobs value is at most {limit}, animlib's limit on this machine.");

        Console.WriteLine($"Part A: {o.JobsScene} {o.JobsQuality.Name}, --jobs {string.Join(",", jobValues)}, {o.Runs} run(s) each");
        var rows = new List<JobsRow>();
        foreach (int j in jobValues)
        {
            var runs = new List<(CliRun Run, int Frames)>();
            for (int r = 0; r < o.Runs; r++)
            {
                var (run, written) = InFreshFolder("animlib-scaling-jobs-", dir =>
                {
                    var run = cli.Render(o.JobsScene, dir, ["--disable-caching", "--jobs", Text(j), "-o", Path.Combine(dir, o.JobsScene + ".mp4")]);
                    return (run, CliOutput.Written(run));
                });
                runs.Add((run, written.Frames));
            }
            var median = runs.OrderBy(r => r.Run.WallSeconds).ElementAt(runs.Count / 2);
            double first = rows.Count == 0 ? median.Run.WallSeconds : rows[0].Median.WallSeconds;
            var row = new JobsRow(j, median.Frames, median.Run, median.Frames / median.Run.WallSeconds,
                median.Run.CpuSeconds / median.Run.WallSeconds, first / median.Run.WallSeconds, [.. runs.Select(r => r.Run.WallSeconds)]);
            rows.Add(row);
            Console.WriteLine($"  --jobs {j}: {row.Frames} frames in {F(row.Median.WallSeconds)} s ({F(row.FramesPerSecond, "0.0")} frames/s), " +
                              $"CPU {F(row.Median.CpuSeconds)} s, RSS {F(row.Median.PeakRssMib, "0")} MiB (ffmpeg {F(row.Median.FfmpegPeakRssMib, "0")}, together {F(row.Median.TreePeakRssMib, "0")})");
        }
        return new JobsScaling(o.JobsScene, o.JobsQuality.Name, o.Runs, rows);
    }

    /// <summary>Part B: for each N, the N shards one after another into a fresh media folder, then the join.</summary>
    private static ShardScaling MeasureShards(ScalingOptions o)
    {
        var cli = new AnimlibCli(o.CliDll, o.ShardQuality, o.EncoderArguments);
        Console.WriteLine($"Part B: {o.ShardScene} {o.ShardQuality.Name}, --shard I/N for N = {string.Join(",", o.Shards)}");
        var dry = InFreshFolder("animlib-scaling-dry-", dir =>
        {
            var run = cli.Render(o.ShardScene, dir, ["--dry-run"]);
            var (animations, frames) = CliOutput.DryRun(run);
            return new DryRunFigures(animations, frames, run);
        });
        Console.WriteLine($"  dry run: {dry.Animations} animations, {dry.Frames} frames; scene logic and start-up {F(dry.Run.WallSeconds)} s (CPU {F(dry.Run.CpuSeconds)} s)");

        var series = new List<ShardSeries>();
        foreach (int n in o.Shards)
        {
            var one = series.FirstOrDefault();
            var s = InFreshFolder("animlib-scaling-shards-", dir =>
            {
                string media = Path.Combine(dir, "media");
                string[] common = ["--max-files-cached", "0", "--media-dir", media];
                var shardRuns = new List<ShardRun>();
                for (int i = 0; i < n; i++)
                {
                    var run = cli.Render(o.ShardScene, dir, ["--shard", $"{i}/{n}", .. common]);
                    shardRuns.Add(new ShardRun(i, CliOutput.Shard(run).Encoded, run));
                }
                var join = cli.Render(o.ShardScene, dir, common);
                var (encoded, reused) = CliOutput.Animations(join);
                string sha = Sha256(Path.GetFullPath(CliOutput.Written(join).Path, dir));

                double maxShardWall = shardRuns.Max(r => r.Run.WallSeconds);
                double parallelWall = maxShardWall + join.WallSeconds;
                double baseline = one?.ParallelWallSeconds ?? parallelWall;
                return new ShardSeries(n, shardRuns, join, encoded, reused, sha, one is null || one.VideoSha256 == sha,
                    maxShardWall, shardRuns.Sum(r => r.Run.CpuSeconds), parallelWall, shardRuns.Sum(r => r.Run.CpuSeconds) + join.CpuSeconds,
                    baseline / parallelWall, baseline / parallelWall / n);
            });
            series.Add(s);
            Console.WriteLine($"  N={n}: shards {string.Join(", ", s.ShardRuns.Select(r => F(r.Run.WallSeconds)))} s, join {F(s.Join.WallSeconds)} s " +
                              $"(encoded {s.JoinEncoded}, reused {s.JoinReused}); on {n} machine(s) {F(s.ParallelWallSeconds)} s, efficiency {F(s.Efficiency)}");
            // The join should only concatenate: an encoded segment means a shard's settings or code differed, so the figures are wrong.
            if (s.JoinEncoded != 0) Console.WriteLine($"  warning: the join of N={n} encoded {s.JoinEncoded} animation(s); every segment should have come from the shards.");
            if (!s.SameVideoAsOneShard) Console.WriteLine($"  warning: the video joined from {n} shards differs from the one joined from one shard.");
        }
        return new ShardScaling(o.ShardScene, o.ShardQuality.Name, dry, series);
    }

    /// <summary>Runs <paramref name="body"/> in a new temporary folder, deleted afterwards.</summary>
    private static T InFreshFolder<T>(string prefix, Func<string, T> body)
    {
        string dir = Directory.CreateTempSubdirectory(prefix).FullName;
        try
        {
            return body(dir);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Text(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string F(double v, string format = "0.00") => v.ToString(format, CultureInfo.InvariantCulture);
}
