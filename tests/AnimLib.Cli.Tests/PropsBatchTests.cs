using System.Text.RegularExpressions;
using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary><c>--props-batch</c>: one video per row, sharing the cache; bad rows stop it before anything renders.</summary>
public sealed class PropsBatchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "out");

    private RenderRequest Batch(params string[] lines)
    {
        string rows = Path.Combine(_dir, "rows.jsonl");
        File.WriteAllLines(rows, lines);
        return CliRunner.Small(nameof(ParamScene), Path.Combine(Out, "{name}.mp4")) with
        {
            PropsBatch = rows, MediaDir = Path.Combine(_dir, "media"), Progress = "none",
        };
    }

    [Fact]
    public void ThreeRowsGiveThreeVideosAndSharedSegmentsAreEncodedOnce()
    {
        var (code, stdout, err) = CliRunner.Render(Batch(
            """{"name": "a", "Title": "Alpha", "Fill": "#FF0000"}""",
            """{"name": "b", "Title": "Beta", "Fill": "#00FF00"}""",
            "",
            """{"name": "c", "Title": "Gamma", "Fill": "#FF0000"}"""));
        Assert.True(code == 0, err + stdout);

        // Row 1 encodes both animations; the square fading in is the same in every row, and row 3 draws what row 1 did.
        var counts = Regex.Matches(stdout, @"Animations encoded: (\d+), reused from cache: (\d+)").Select(m => $"{m.Groups[1]}/{m.Groups[2]}");
        Assert.Equal(["2/0", "1/1", "0/2"], counts);
        string cache = Directory.GetDirectories(Path.Combine(_dir, "media"), "partial_movie_files", SearchOption.AllDirectories).Single();
        Assert.Equal(3, Directory.GetFiles(cache, "*.mp4").Length);

        foreach (var name in new[] { "a", "b", "c" }) Assert.Equal(10, VideoProbe.Of(Path.Combine(Out, name + ".mp4")).Frames);
        // Subtitles are not in the segments' key: the join writes them for each row, so a reused video still gets its own.
        Assert.Contains("Gamma", File.ReadAllText(Path.Combine(Out, "c.srt")));
        Assert.DoesNotContain("Alpha", File.ReadAllText(Path.Combine(Out, "c.srt")));
        Assert.Contains("rows.jsonl:4", stdout);
    }

    [Fact]
    public void AFailingRowIsReportedAndTheOthersStillRender()
    {
        var (code, _, err) = CliRunner.Render(Batch(
            """{"name": "a"}""",
            """{"name": "b", "Explode": true}""",
            """{"name": "c", "Fill": "#00FF00"}"""));
        Assert.Equal(ExitCodes.SomeRowsFailed, code);
        Assert.Contains("exploded on purpose", err);
        Assert.Contains("1 of 3 rows failed", err);
        Assert.Contains("rows.jsonl:2", err);
        Assert.True(File.Exists(Path.Combine(Out, "a.mp4")));
        Assert.False(File.Exists(Path.Combine(Out, "b.mp4")));
        Assert.True(File.Exists(Path.Combine(Out, "c.mp4")));
    }

    [Theory]
    [InlineData("""{"name": "b", "Title": }""", "rows.jsonl:2: not valid JSON")]
    [InlineData("""["b"]""", "rows.jsonl:2: expected a JSON object")]
    [InlineData("""{"name": "b", "Colour": "#FF0000"}""", "rows.jsonl:2: unknown parameter 'Colour'. Valid parameters: Title")]
    [InlineData("""{"name": "b", "Steps": "two"}""", "rows.jsonl:2: parameter Steps expects a whole number")]
    [InlineData("""{"Title": "no name"}""", "rows.jsonl:2: --output")]
    [InlineData("""{"name": "a"}""", "would all write")]
    public void ABadRowStopsTheBatchBeforeAnythingRenders(string secondRow, string message)
    {
        var (code, _, err) = CliRunner.Render(Batch("""{"name": "a"}""", secondRow));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(message, err);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void ABatchNeedsAnOutputNameWithPlaceholders()
    {
        var (code, _, err) = CliRunner.Render(Batch("""{"name": "a"}""") with { Output = Path.Combine(Out, "same.mp4") });
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--output must name each", err);
    }
}
