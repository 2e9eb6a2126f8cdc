using System.Globalization;
using System.Text;

namespace AnimLib.Bench;

/// <summary>The markdown tables of a <see cref="ScalingReport"/>: what is printed and what goes into docs/scaling.md.</summary>
internal static class ScalingTables
{
    public static string Format(ScalingReport report, string resultsFileName)
    {
        var sb = new StringBuilder();
        string encoder = report.EncoderArguments.Count == 0 ? "libx264 preset medium crf 18" : "libx264 " + string.Join(' ', report.EncoderArguments);
        sb.AppendLine(I($"_{report.When:yyyy-MM-dd HH:mm} UTC, {report.Cores} cores, {encoder}{(report.Commit is null ? "" : $", commit {report.Commit}")}; `{resultsFileName}`_"));
        if (report.Jobs is { } jobs) AppendJobs(sb, jobs);
        if (report.Shards is { } shards) AppendShards(sb, shards);
        return sb.ToString();
    }

    private static void AppendJobs(StringBuilder sb, JobsScaling a)
    {
        sb.AppendLine();
        sb.AppendLine(I($"**More cores**: `animlib render {a.Scene} --disable-caching --jobs J` at {a.Quality}{(a.Runs > 1 ? $", median of {a.Runs} runs" : "")}. ",
                        $"Speedup is over --jobs {a.Rows[0].Jobs}; CPU counts the command and every ffmpeg it ran; cores busy is CPU over wall."));
        sb.AppendLine();
        sb.AppendLine("| --jobs | frames | wall s | frames/s | speedup | CPU s | cores busy | peak RSS MiB: animlib / largest ffmpeg / together |");
        sb.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in a.Rows)
            sb.AppendLine(I($"| {r.Jobs} | {r.Frames} | {r.Median.WallSeconds:0.00} | {r.FramesPerSecond:0.0} | {r.Speedup:0.00}x | {r.Median.CpuSeconds:0.0} | {r.CoresBusy:0.00} | ",
                            $"{r.Median.PeakRssMib:0} / {r.Median.FfmpegPeakRssMib:0} / {r.Median.TreePeakRssMib:0} |"));
    }

    private static void AppendShards(StringBuilder sb, ShardScaling b)
    {
        var dry = b.DryRun;
        sb.AppendLine();
        sb.AppendLine(I($"**More machines**: `animlib render {b.Scene} --shard I/N --max-files-cached 0` at {b.Quality} ({dry.Animations} animations, {dry.Frames} frames), ",
                        $"the N shards one after another into one cache folder, each alone on the machine, then the join (the same command without `--shard`). ",
                        $"Every shard runs the whole scene logic: `--dry-run` takes {dry.Run.WallSeconds:0.00} s ({dry.Run.CpuSeconds:0.00} s CPU), start-up included."));
        sb.AppendLine();
        sb.AppendLine("| N | animations per shard | shard wall s (min / max) | shard CPU s (sum) | shard peak RSS MiB (max, + ffmpeg) | join wall s | join CPU s | join encoded / reused | same video as N = 1 |");
        sb.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var s in b.Series)
        {
            var shards = s.ShardRuns;
            sb.AppendLine(I($"| {s.Shards} | {Range(shards.Select(r => (double)r.Encoded), "0")} | {Range(shards.Select(r => r.Run.WallSeconds), "0.00")} | {s.SumShardCpuSeconds:0.0} | ",
                            $"{shards.Max(r => r.Run.PeakRssMib):0} (+{shards.Max(r => r.Run.FfmpegPeakRssMib):0}) | {s.Join.WallSeconds:0.00} | {s.Join.CpuSeconds:0.0} | ",
                            $"{s.JoinEncoded} / {s.JoinReused} | {(s.SameVideoAsOneShard ? "yes" : "**no**")} |"));
        }

        sb.AppendLine();
        sb.AppendLine("Simulated from those runs: N machines run the shards at once, then one joins (wall = longest shard + join; " +
                      "efficiency = N = 1's wall / (N x wall)); copying the segments between machines (CI artifacts, a shared volume) is not counted.");
        sb.AppendLine();
        sb.AppendLine("| N | wall on N machines s | speedup | efficiency | total CPU s (shards + join) | CPU / N = 1's |");
        sb.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        double baseCpu = b.Series[0].TotalCpuSeconds;
        foreach (var s in b.Series)
            sb.AppendLine(I($"| {s.Shards} | {s.ParallelWallSeconds:0.00} | {s.Speedup:0.00}x | {s.Efficiency:0.00} | {s.TotalCpuSeconds:0.0} | {s.TotalCpuSeconds / baseCpu:0.00} |"));

        // Amdahl's limit: a shard that encodes nothing still starts and runs the whole scene logic, and the join is serial.
        double floor = dry.Run.WallSeconds + b.Series[^1].Join.WallSeconds;
        sb.AppendLine();
        sb.AppendLine(I($"No number of machines brings the wall under about {floor:0.00} s: the scene logic every shard repeats plus the join."));
    }

    private static string Range(IEnumerable<double> values, string format)
    {
        var list = values.ToList();
        string min = list.Min().ToString(format, CultureInfo.InvariantCulture), max = list.Max().ToString(format, CultureInfo.InvariantCulture);
        return min == max ? min : $"{min} / {max}";
    }

    private static string I(params FormattableString[] parts) => string.Concat(parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
