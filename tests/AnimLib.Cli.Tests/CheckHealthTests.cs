namespace AnimLib.Cli.Tests;

/// <summary><c>animlib checkhealth</c> on this machine, where setup installed everything.</summary>
public sealed class CheckHealthTests
{
    [Fact]
    public void FindsEveryDependencyWithItsVersion()
    {
        var stdout = new StringWriter();
        int code = CheckHealthCommand.Run(stdout);
        string text = stdout.ToString();
        Assert.True(code == 0, text);
        foreach (var name in (string[])["ffmpeg", "ffprobe", "cairo", "latex", "dvisvgm", "fonts", "cmu-serif"])
            Assert.Matches($@"ok\s+{name}\s+\S", text);
        Assert.Contains("Everything AnimLib uses is installed.", text);
    }

    [Fact]
    public void EveryCheckSaysWhatToInstall()
    {
        Assert.All(CheckHealthCommand.RunChecks(), c => Assert.StartsWith("sudo apt-get install ", c.Install));
    }
}
