using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>
/// <c>ANIMLIB_SCENE_ASSEMBLIES</c>: scene assemblies the CLI loads besides <c>--assembly</c> or the project in the working
/// folder. Each case runs the CLI in its own process, with its own value of the variable.
/// </summary>
public sealed class SceneAssemblyVariableTests : IDisposable
{
    private const string Variable = SceneAssemblyVariable.Name;
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-variable-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void ItsScenesAreListedAloneBesideAssemblyAndBesideTheProjectHere()
    {
        var (code, stdout, err) = CliProcess.RunCommand(["list"], new Dictionary<string, string?> { [Variable] = CliRunner.TestAssembly }, _dir);
        Assert.True(code == 0, err);
        Assert.Contains(nameof(CountingScene), Lines(stdout));
        Assert.DoesNotContain("SquareToCircle", Lines(stdout));

        (code, stdout, err) = CliProcess.RunCommand(["list", "--assembly", CliRunner.TestAssembly],
            new Dictionary<string, string?> { [Variable] = RepositoryScenes.Assembly }, _dir);
        Assert.True(code == 0, err);
        Assert.Contains(nameof(CountingScene), Lines(stdout));
        Assert.Contains("SquareToCircle", Lines(stdout));

        // Inside a built scene project (as when ./animlib runs there), its scenes and the variable's are both known.
        File.WriteAllText(Path.Combine(_dir, "Lesson.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>");
        string bin = Directory.CreateDirectory(Path.Combine(_dir, "bin", "Debug", "net10.0")).FullName;
        File.Copy(CliRunner.TestAssembly, Path.Combine(bin, "Lesson.dll"));
        // Newer than the project file, as a real build is: the CLI would otherwise build this stand-in project first.
        File.SetLastWriteTimeUtc(Path.Combine(bin, "Lesson.dll"), DateTime.UtcNow.AddMinutes(1));
        (code, stdout, err) = CliProcess.RunCommand(["list"], new Dictionary<string, string?> { [Variable] = RepositoryScenes.Assembly }, _dir);
        Assert.True(code == 0, err);
        Assert.Contains(nameof(CountingScene), Lines(stdout));
        Assert.Contains("SquareToCircle", Lines(stdout));
    }

    [Fact]
    public void ItsScenesRender()
    {
        string mp4 = Path.Combine(_dir, "counting.mp4");
        var (code, _, err) = CliProcess.RunCommand(
            ["render", nameof(CountingScene), "--fps", "10", "--resolution", "160,90", "-o", mp4, "--progress", "none"],
            new Dictionary<string, string?> { [Variable] = CliRunner.TestAssembly }, _dir);
        Assert.True(code == 0, err);
        Assert.Equal(CountingScene.FramesAt10Fps.Sum(), VideoProbe.Of(mp4).Frames);
    }

    [Fact]
    public void APathThatIsNoAssemblyIsAUsageErrorNamingTheVariable()
    {
        string missing = Path.Combine(_dir, "NoSuchScenes.dll");
        string mp4 = Path.Combine(_dir, "counting.mp4");
        var (code, _, err) = CliProcess.RunCommand(
            ["render", nameof(CountingScene), "--assembly", CliRunner.TestAssembly, "-o", mp4, "--progress", "none"],
            new Dictionary<string, string?> { [Variable] = $"{RepositoryScenes.Assembly}{Path.PathSeparator}{missing}" }, _dir);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains($"Scene assembly '{missing}' named by {Variable} was not found", err);
        Assert.False(File.Exists(mp4));

        string notAssembly = Path.Combine(_dir, "notes.dll");
        File.WriteAllText(notAssembly, "not an assembly");
        (code, _, err) = CliProcess.RunCommand(["list"], new Dictionary<string, string?> { [Variable] = notAssembly }, _dir);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains($"Scene assembly '{notAssembly}' named by {Variable} is not a .NET assembly", err);
    }

    [Fact]
    public void WithNoSceneAssemblyAtAllTheErrorSaysHowToPassOne()
    {
        var (code, _, err) = CliProcess.RunCommand(["render", "SquareToCircle", "-q", "l"], new Dictionary<string, string?> { [Variable] = null }, _dir);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("no scene assembly was found", err);
        Assert.Contains("--assembly", err);
        Assert.Contains("dotnet build", err);
        Assert.Contains(Variable, err);
        Assert.False(Directory.Exists(Path.Combine(_dir, "media")));

        (code, _, err) = CliProcess.RunCommand(["list"], new Dictionary<string, string?> { [Variable] = "" }, _dir);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("no scene assembly was found", err);
    }

    [Fact]
    public void ThePathsAreSplitOnThePlatformsSeparator()
    {
        char s = Path.PathSeparator;
        Assert.Equal(["a.dll", "b.dll"], SceneAssemblyVariable.Parse($"a.dll{s}{s} b.dll {s}"));
        Assert.Empty(SceneAssemblyVariable.Parse(null));
        Assert.Empty(SceneAssemblyVariable.Parse(""));
    }
}
