namespace AnimLib.Bench;

/// <summary>A results file of <c>AnimLib.Bench scaling</c> (<c>bench/results/scaling-TIME.json</c>).</summary>
internal sealed record ScalingReport(DateTime When, int Cores, string Os, string? Commit, IReadOnlyList<string> EncoderArguments,
    JobsScaling? Jobs, ShardScaling? Shards);

/// <summary>Part A: one scene rendered with each <c>--jobs</c> value.</summary>
internal sealed record JobsScaling(string Scene, string Quality, int Runs, IReadOnlyList<JobsRow> Rows);

/// <summary>
/// <c>animlib render --disable-caching --jobs J</c>, the median of its runs by wall time (its own figures reported with it).
/// </summary>
/// <param name="Jobs">The <c>--jobs</c> value.</param>
/// <param name="Frames">Frames of the video written.</param>
/// <param name="Median">The median run.</param>
/// <param name="FramesPerSecond">Frames over the median run's wall time.</param>
/// <param name="CoresBusy">CPU seconds over wall seconds: how many cores the command and its ffmpeg processes kept busy on average.</param>
/// <param name="Speedup">Wall time of the smallest <c>--jobs</c> measured over this one's.</param>
/// <param name="WallSecondsAllRuns">Every run's wall time, in the order run.</param>
internal sealed record JobsRow(int Jobs, int Frames, CliRun Median, double FramesPerSecond, double CoresBusy, double Speedup,
    IReadOnlyList<double> WallSecondsAllRuns);

/// <summary>Part B: one scene split into N shards rendered into one cache folder, then joined, for each N.</summary>
/// <param name="DryRun">The scene logic alone, which every shard runs in full.</param>
internal sealed record ShardScaling(string Scene, string Quality, DryRunFigures DryRun, IReadOnlyList<ShardSeries> Series);

/// <summary><c>animlib render SCENE --dry-run</c>: the scene's size and what its logic costs, start-up included.</summary>
internal sealed record DryRunFigures(int Animations, int Frames, CliRun Run);

/// <summary>
/// The N shard commands of one N, run one after another (each alone on the machine, as each would be on a machine of its
/// own), then the join; and what N machines running the shards side by side would take.
/// </summary>
/// <param name="ParallelWallSeconds">The longest shard plus the join: the wall time on N machines running the shards at once.</param>
/// <param name="TotalCpuSeconds">CPU of every shard and of the join: what the N machines are billed for together.</param>
/// <param name="Speedup">N = 1's <see cref="ParallelWallSeconds"/> over this one's.</param>
/// <param name="Efficiency"><see cref="Speedup"/> over N: 1 when N machines make it N times faster.</param>
/// <param name="SameVideoAsOneShard">Whether the joined video's bytes equal those joined from a single shard.</param>
internal sealed record ShardSeries(int Shards, IReadOnlyList<ShardRun> ShardRuns, CliRun Join, int JoinEncoded, int JoinReused,
    string VideoSha256, bool SameVideoAsOneShard,
    double MaxShardWallSeconds, double SumShardCpuSeconds, double ParallelWallSeconds, double TotalCpuSeconds, double Speedup, double Efficiency);

/// <summary>One <c>animlib render SCENE --shard I/N</c>.</summary>
/// <param name="Encoded">Animations this shard encoded into the cache.</param>
internal sealed record ShardRun(int Index, int Encoded, CliRun Run);
