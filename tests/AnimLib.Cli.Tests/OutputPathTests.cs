using System.Diagnostics;
using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>An output path that cannot take the render is bad usage (exit 2), found before the scene runs.</summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-outpath-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Media => Path.Combine(_dir, "media");

    private (int Code, string Err, TimeSpan Took) Render(string output, string? format = null, bool lastFrame = false)
    {
        var clock = Stopwatch.StartNew();
        var (code, _, err) = CliRunner.Render(CliRunner.Small(nameof(CountingScene), output) with
        {
            MediaDir = Media, Format = format, LastFrame = lastFrame,
        });
        return (code, err, clock.Elapsed);
    }

    /// <summary>No frame was rendered: no partial movie, no temporary file, nothing at the output.</summary>
    private void AssertNothingRendered(string output)
    {
        Assert.False(File.Exists(output) && new FileInfo(output).Length > 0, $"{output} was written");
        string cache = Path.Combine(Media, "videos", nameof(CountingScene), "90p10", "partial_movie_files");
        Assert.True(!Directory.Exists(cache) || Directory.GetFiles(cache).Length == 0, "partial movies were written");
        Assert.Empty(Directory.GetFileSystemEntries(_dir, "*partial*", SearchOption.AllDirectories));
    }

    [Fact]
    public void ExtensionThatCannotHoldTheFormatIsRefusedBeforeAnyFrame()
    {
        string output = Path.Combine(_dir, "scene.dll");
        var (code, err, _) = Render(output);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("scene.dll", err);
        Assert.Contains("'.dll', which cannot hold mp4", err);
        Assert.Contains("'.mp4'", err);
        AssertNothingRendered(output);
    }

    [Fact]
    public void MissingExtensionIsRefused()
    {
        string output = Path.Combine(_dir, "scene");
        var (code, err, _) = Render(output);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("has no extension; mp4 needs a file name ending in '.mp4'", err);
        AssertNothingRendered(output);
    }

    [Fact]
    public void ExtensionOfAnotherFormatNamesTheExtensionTheFormatNeeds()
    {
        string output = Path.Combine(_dir, "x.mp4");
        var (code, err, _) = Render(output, format: "gif");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("x.mp4", err);
        Assert.Contains("'.gif'", err);
        AssertNothingRendered(output);
    }

    [Fact]
    public void DeviceIsRefused()
    {
        // A device file exists only on Unix-like systems; elsewhere there is nothing to check.
        if (!File.Exists("/dev/full")) return;
        var (code, err, _) = Render("/dev/full");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("'/dev/full' is not a regular file", err);
        AssertNothingRendered(Path.Combine(_dir, "none"));
    }

    [Fact]
    public void FolderGivenForAVideoIsRefused()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_dir, "out.mp4")).FullName;
        var (code, err, _) = Render(folder);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("is a folder; the mp4 video is a file", err);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void FolderThatCannotBeCreatedIsRefused()
    {
        // A regular file where a folder of the path should be: no folder can be created there, for any user.
        string blocker = Path.Combine(_dir, "blocker");
        File.WriteAllText(blocker, "not a folder");
        string output = Path.Combine(blocker, "sub", "scene.mp4");
        var (code, err, _) = Render(output);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("cannot be created", err);
        Assert.Contains(output, err);
    }

    [Fact]
    public void FileGivenForAPngSequenceIsRefused()
    {
        string file = Path.Combine(_dir, "frames");
        File.WriteAllText(file, "keep me");
        var (code, err, _) = Render(file, format: "png");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("a PNG sequence is written into a folder", err);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void StillWithAnotherExtensionIsRefused()
    {
        string output = Path.Combine(_dir, "cover.jpg");
        var (code, err, _) = Render(output, lastFrame: true);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("a still is a PNG image", err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void DefaultPathUnderAMediaFolderThatCannotBeCreatedIsRefused()
    {
        File.WriteAllText(Media, "a file where the media folder should be");
        var (code, _, err) = CliRunner.Render(new RenderRequest(nameof(CountingScene), Fps: "10", MediaDir: Media) { Resolution = "160,90" });
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("cannot be created", err);
    }
}
