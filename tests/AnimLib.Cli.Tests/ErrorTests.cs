using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>Failures: a scene that throws, invalid flag values, cancellation. Exit codes, messages, and no damaged files.</summary>
public sealed class ErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-errors-").FullName;

    public void Dispose()
    {
        ThrowingScene.Throw = false;
        CancelScene.BetweenAnimations = null;
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void SceneThrowingInItsThirdAnimationExitsOneAndKeepsThePreviousVideo()
    {
        string path = Path.Combine(_dir, "scene.mp4");
        ThrowingScene.Throw = false;
        Assert.Equal(0, CliRunner.Render(CliRunner.Small(nameof(ThrowingScene), path)).Code);
        byte[] good = File.ReadAllBytes(path);

        ThrowingScene.Throw = true;
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(ThrowingScene), path));
        Assert.Equal(ExitCodes.RenderFailed, code);
        Assert.Contains("ThrowingScene failed in animation 2 (ExplodingAnimation(Square))", err);
        Assert.Contains("the user's animation blew up", err);
        // The trace is trimmed to user code: the animation's frame, not the engine's.
        Assert.Contains("at AnimLib.Cli.Tests.Scenes.ExplodingAnimation.Interpolate", err);
        Assert.DoesNotContain("at Scene.Play", err);
        Assert.Equal(good, File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(_dir, "*partial*"));
    }

    [Theory]
    [InlineData("format", "avi", "mp4, mov, webm, gif, png")]
    [InlineData("preset", "turbo", "ultrafast, superfast")]
    [InlineData("progress", "loud", "auto, bar, none")]
    [InlineData("verbosity", "chatty", "DEBUG, INFO, WARNING, ERROR, CRITICAL")]
    [InlineData("quality", "999p", "480p (l)")]
    [InlineData("crf", "99", "0 to 63")]
    [InlineData("resolution", "12", "W,H")]
    [InlineData("backgroundColor", "notacolour", "#RRGGBB")]
    public void InvalidValuesAreRejectedWithTheValidChoices(string key, string value, string listed)
    {
        var stderr = new StringWriter();
        int code = Program.BuildRootCommand().Parse(["render", nameof(CountingScene), $"--{Kebab(key)}", value, "-o", Path.Combine(_dir, "x.mp4")]).Invoke(
            new System.CommandLine.InvocationConfiguration { Output = TextWriter.Null, Error = stderr });
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.False(File.Exists(Path.Combine(_dir, "x.mp4")));
        // The action writes to Console.Error; the message is checked through Execute, which takes writers.
        var (code2, _, err) = CliRunner.Render(RenderRequest.FromSettings(nameof(CountingScene), new Dictionary<string, string> { [key] = value }) with { Output = Path.Combine(_dir, "x.mp4") });
        Assert.Equal(ExitCodes.UsageError, code2);
        Assert.Contains(listed, err);
    }

    [Fact]
    public void OddSizeForA420FormatIsAUsageError()
    {
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), Path.Combine(_dir, "odd.mp4")) with { Resolution = "161,90" });
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("even width and height", err);
    }

    [Fact]
    public void MissingSceneNameIsAUsageError()
    {
        var (code, _, err) = CliRunner.Render(new RenderRequest(null));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("or pass --all", err);
    }

    [Fact]
    public void CancellingMidRenderExits130AndLeavesNoFiles()
    {
        string path = Path.Combine(_dir, "cancel.mp4");
        using var cts = new CancellationTokenSource();
        CancelScene.BetweenAnimations = cts.Cancel;
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CancelScene), path), cancellation: cts.Token);
        Assert.Equal(ExitCodes.Cancelled, code);
        Assert.Contains("cancelled", err);
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFileSystemEntries(_dir, ".*"));
    }

    private static string Kebab(string key) =>
        string.Concat(key.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));
}
