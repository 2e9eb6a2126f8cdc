using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>The library's messages name no flag; the CLI adds the flag, or the file and key, that a message is about.</summary>
public sealed class FlagHintTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-hints-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<string> PlanErrors(RenderRequest request, ConfigLocations? config = null)
    {
        var errors = new List<string>();
        var settings = RenderSettings.Resolve(config ?? ConfigLocations.None, request.SettingLayers(), errors);
        Assert.True(settings is not null, string.Join("\n", errors));
        Assert.Null(RenderPlan.Create(request, settings, errors));
        return errors;
    }

    [Fact]
    public void NoAlphaNamesTheFlagOrTheFileThatAskedForTransparency()
    {
        var error = Assert.Single(PlanErrors(new RenderRequest("X") { Transparent = true }));
        Assert.StartsWith("--transparent: mp4 has no alpha channel", error, StringComparison.Ordinal);

        string project = Path.Combine(_dir, "animlib.json");
        File.WriteAllText(project, """{ "transparent": true, "format": "gif" }""");
        error = Assert.Single(PlanErrors(new RenderRequest("X"), new ConfigLocations(project, null)));
        Assert.StartsWith($"{project}: \"transparent\": gif has no alpha channel", error, StringComparison.Ordinal);
    }

    [Fact]
    public void OddSizeNamesTheResolutionFlagWithItsValue()
    {
        var error = Assert.Single(PlanErrors(new RenderRequest("X") { Resolution = "161,91" }));
        Assert.Equal("--resolution 161,91: mp4 needs an even width and height; 161x91 is not (try 162x92).", error);
    }

    [Fact]
    public void BadShardNamesTheFlag()
    {
        var error = Assert.Single(PlanErrors(new RenderRequest("X") { Shard = "3/2" }));
        Assert.Equal("--shard: A shard I/N needs N >= 1 and 0 <= I < N; got '3/2'.", error);
    }

    [Fact]
    public void AVideoWithoutFramesIsToldAboutLastFrame()
    {
        // The CLI writes a PNG for a scene that plays nothing (EmptySceneTests); a library caller's exception still names no flag, so the CLI adds one.
        Assert.Contains("--last-frame", FlagHints.For(new AnimLib.Pipeline.SceneHasNoFramesException("Still")));
    }
}
