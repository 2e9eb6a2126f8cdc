using AnimLib.Encoding;
using System.Text.RegularExpressions;

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
        foreach (var name in (string[])["ffmpeg", "ffprobe", "skia", "harfbuzz", "CMU Serif", "monospace", "latex", "dvisvgm"])
            Assert.Matches($@"ok\s+{Regex.Escape(name)}\s+\S", text);
        Assert.Contains("Everything AnimLib uses is installed.", text);
    }

    [Fact]
    public void ReportsTheLoadedNativeLibrariesAndNoLongerCairoOrPango()
    {
        string text = Report();
        Assert.Matches($@"ok\s+skia\s+{Regex.Escape(SkiaSharp.SkiaSharpVersion.Native.ToString())} \(libSkiaSharp loaded\)", text);
        Assert.Matches(@"ok\s+harfbuzz\s+\d+\.\d+\.\d+ \(HarfBuzzSharp \S+ loaded\)", text);
        Assert.Matches(@"ok\s+CMU Serif\s+CMU Serif found", text);
        Assert.DoesNotContain("cairo", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("pango", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ReportsTheFfmpegAndFfprobeTheLocatorFinds()
    {
        string text = Report();
        Assert.Matches($@"ok\s+ffmpeg\s+ffmpeg version \S+ \({Regex.Escape(FfmpegTools.Ffmpeg)}\)", text);
        Assert.Matches($@"ok\s+ffprobe\s+ffprobe version \S+ \({Regex.Escape(FfmpegTools.Ffprobe)}\)", text);
    }

    [Fact]
    public void EveryCheckSaysWhatToInstall()
    {
        // System packages name Debian's command; the native libraries that NuGet packages bring name the restore.
        Assert.All(CheckHealthCommand.RunChecks(), c => Assert.True(
            c.Install.StartsWith("sudo apt-get install ", StringComparison.Ordinal) || c.Install.StartsWith("dotnet restore", StringComparison.Ordinal), c.Install));
    }

    private static string Report()
    {
        var stdout = new StringWriter();
        CheckHealthCommand.Run(stdout);
        return stdout.ToString();
    }
}
