using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary><c>animlib list</c>: the given (or project) scenes first, then ANIMLIB_SCENE_ASSEMBLIES' under their own heading; a filter.</summary>
public sealed class ListCommandTests
{
    private static (int Code, string Out, string Err) List(string? filter = null, bool names = false)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // An empty working folder of its own: list shows paths under the working folder relative to it, and a checkout
        // may itself sit under the temp folder.
        var folder = Directory.CreateTempSubdirectory("animlib-list-");
        try
        {
            int code = ListCommand.Execute(filter, [CliRunner.TestAssembly], names, noBuild: true, stdout, stderr, folder.FullName,
                [RepositoryScenes.Assembly]);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void TheGivenScenesComeFirstAndTheVariablesAreMarked()
    {
        var (code, stdout, err) = List();
        Assert.True(code == 0, err);
        var lines = Lines(stdout);
        Assert.Equal($"{CliRunner.TestAssembly} (--assembly):", lines[0]);
        int variableHeading = Array.IndexOf(lines, $"{RepositoryScenes.Assembly} ({SceneAssemblyVariable.Name}):");
        Assert.True(variableHeading > 0, stdout);
        Assert.InRange(Array.IndexOf(lines, nameof(CountingScene)), 1, variableHeading - 1);
        Assert.True(Array.IndexOf(lines, "SquareToCircle") > variableHeading);
        Assert.Contains("\n  CountingScene\n", stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void AFilterKeepsNamesContainingItIgnoringCase()
    {
        var (code, stdout, err) = List("MATRIX");
        Assert.True(code == 0, err);
        var lines = Lines(stdout);
        var scenes = lines.Where(l => !l.EndsWith(':')).ToList();
        Assert.NotEmpty(scenes);
        Assert.All(scenes, s => Assert.Contains("matrix", s, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("ShowBiasBakedIntoWeightMatrix", scenes);
        // The test assembly has no such scene, so its heading is left out.
        Assert.DoesNotContain(lines, l => l.Contains("(--assembly)", StringComparison.Ordinal));

        (code, stdout, _) = List("countingsc", names: true);
        Assert.Equal(0, code);
        Assert.Equal([nameof(CountingScene)], Lines(stdout));
    }

    [Fact]
    public void NamesPrintsBareNamesInTheSameOrder()
    {
        var (code, stdout, err) = List(names: true);
        Assert.True(code == 0, err);
        var lines = Lines(stdout);
        Assert.DoesNotContain(lines, l => l.EndsWith(':'));
        Assert.True(Array.IndexOf(lines, nameof(CountingScene)) < Array.IndexOf(lines, "SquareToCircle"));
        Assert.Equal(lines.Length, lines.Distinct().Count());
    }

    [Fact]
    public void AFilterMatchingNothingIsAUsageErrorWithSuggestions()
    {
        var (code, stdout, err) = List("CountingScen3");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal("", stdout);
        Assert.Contains("no scene name contains 'CountingScen3'", err);
        Assert.Contains("Did you mean: CountingScene", err);
    }
}
