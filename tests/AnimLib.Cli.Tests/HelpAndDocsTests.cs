using System.CommandLine;

namespace AnimLib.Cli.Tests;

/// <summary>Every render flag is in <c>animlib render --help</c> and documented, with an example, in docs/cli.md.</summary>
public sealed class HelpAndDocsTests
{
    public static readonly TheoryData<string> Flags = new(
        "--quality", "--fps", "--resolution", "--format", "--transparent", "--last-frame", "--frame-at", "--from-animation",
        "--output", "--media-dir", "--all", "--seed", "--background-color", "--crf", "--preset", "--dry-run", "--progress",
        "--verbosity", "--disable-caching", "--flush-cache", "--max-files-cached", "--max-cache-size", "--save-sections", "--assembly", "--jobs", "--no-build",
        "--props", "--prop", "--props-batch", "--watch", "--open");

    private static string RenderHelp()
    {
        var stdout = new StringWriter();
        Program.BuildRootCommand().Parse(["render", "--help"]).Invoke(new InvocationConfiguration { Output = stdout, Error = TextWriter.Null });
        return stdout.ToString();
    }

    private static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AnimLib.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return File.ReadAllText(Path.Combine(dir.FullName, relative));
    }

    [Theory]
    [MemberData(nameof(Flags))]
    public void FlagIsInHelpAndDocumentedWithAnExample(string flag)
    {
        Assert.Contains(flag, RenderHelp());
        string docs = RepoFile("docs/cli.md");
        Assert.Contains($"`{flag}", docs);
        // An example is a command line in the docs that spells the flag out.
        Assert.True(docs.Split('\n').Any(l => l.Contains("animlib render", StringComparison.Ordinal) && l.Contains(flag + " ", StringComparison.Ordinal) || l.EndsWith(flag, StringComparison.Ordinal)),
            $"docs/cli.md has no example using {flag}");
    }

    [Fact]
    public void UnknownOptionIsAUsageError()
    {
        Assert.Equal(ExitCodes.UsageError, Program.Main(["render", "SquareToCircle", "--no-such-flag"]));
    }

    [Fact]
    public void ConfigShowAndCheckHealthAreCommands()
    {
        var root = Program.BuildRootCommand();
        Assert.Contains(root.Subcommands, c => c.Name == "checkhealth");
        var config = Assert.Single(root.Subcommands, c => c.Name == "config");
        Assert.Contains(config.Subcommands, c => c.Name == "show");
    }
}
