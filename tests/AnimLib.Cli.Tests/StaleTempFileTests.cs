using System.Diagnostics;
using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;
using AnimLib.Encoding;
using AnimLib.Pipeline;

namespace AnimLib.Cli.Tests;

/// <summary>
/// Temporary files of a render killed outright (kill -9) are removed by the next render; those of a render still running
/// (the owner named in the file name is alive) are kept.
/// </summary>
public sealed class StaleTempFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-stale-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The owner token of a process that has exited: a real process id that no longer runs.</summary>
    private static string DeadOwner()
    {
        using var process = Process.Start(new ProcessStartInfo(FfmpegTools.Ffmpeg, "-version")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var started = process.StartTime.ToUniversalTime();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return TempFileOwner.Token(process.Id, started, Environment.MachineName);
    }

    private static string Plant(string folder, string name, DateTime? lastWriteUtc = null)
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, [0, 0, 0, 0x18]);
        if (lastWriteUtc is { } t) File.SetLastWriteTimeUtc(path, t);
        return path;
    }

    [Fact]
    public void NextRenderRemovesADeadRendersPendingFilesAndKeepsALiveRenders()
    {
        string media = Path.Combine(_dir, "media");
        string videos = Path.Combine(media, "videos", nameof(CountingScene), "90p10");
        string cache = Path.Combine(videos, "partial_movie_files");
        string dead = DeadOwner();
        string live = TempFileOwner.Current;
        string guid = Guid.NewGuid().ToString("N");
        // Names as a killed render leaves them: ffmpeg's file for a pending segment, the pending segment, a half-joined video.
        string deadEncoding = Plant(cache, $"..pending-{dead}-{guid}.0123456789ab.{dead}.partial.mp4");
        string deadPending = Plant(cache, $".pending-{dead}-{guid}.mp4");
        string deadJoin = Plant(videos, $".{nameof(CountingScene)}.0123456789ab.{dead}.partial.mp4");
        string deadList = Plant(videos, $".{nameof(CountingScene)}.ba9876543210.{dead}.partial.concat.txt");
        // This test process stands for a render running beside the new one.
        string liveEncoding = Plant(cache, $"..pending-{live}-{guid}.0123456789ab.{live}.partial.mp4");
        string liveJoin = Plant(videos, $".{nameof(CountingScene)}.0123456789ab.{live}.partial.mp4");
        // Names without an owner (an older version): only an old one is a leftover.
        string oldUnowned = Plant(cache, $"..pending-{guid}.0123456789ab.partial.mp4", DateTime.UtcNow.AddHours(-2));
        string newUnowned = Plant(cache, $"..pending-{guid}.ba9876543210.partial.mp4");
        // Not a temporary name: never touched.
        string userFile = Plant(videos, ".notes.txt", DateTime.UtcNow.AddDays(-30));

        var (code, stdout, err) = CliRunner.Render(new RenderRequest(nameof(CountingScene), Fps: "10", MediaDir: media) { Resolution = "160,90" });
        Assert.True(code == 0, err);

        Assert.Contains("Removed 5 temporary file(s) left by a render that was stopped", stdout);
        foreach (var gone in new[] { deadEncoding, deadPending, deadJoin, deadList, oldUnowned }) Assert.False(File.Exists(gone), $"{gone} was kept");
        foreach (var kept in new[] { liveEncoding, liveJoin, newUnowned, userFile }) Assert.True(File.Exists(kept), $"{kept} was removed");
    }

    [Fact]
    public void AReusedProcessIdIsJudgedByAge()
    {
        // This process's id with another start time: the writer died and its id was given to another process.
        string reused = TempFileOwner.Token(Environment.ProcessId, DateTime.UtcNow.AddDays(-3), Environment.MachineName);
        string recent = Plant(_dir, $".x.0123456789ab.{reused}.partial.mp4");
        string old = Plant(_dir, $".x.ba9876543210.{reused}.partial.mp4", DateTime.UtcNow.AddHours(-2));
        Assert.Equal(1, StaleTempFiles.Sweep(_dir));
        Assert.True(File.Exists(recent));
        Assert.False(File.Exists(old));
    }

    [Fact]
    public void AnotherMachinesFilesAreJudgedByAge()
    {
        string elsewhere = TempFileOwner.Token(12345, DateTime.UtcNow, "another-machine-" + Environment.MachineName);
        string recent = Plant(_dir, $".pending-{elsewhere}-{Guid.NewGuid():N}.mov");
        string old = Plant(_dir, $".pending-{elsewhere}-{Guid.NewGuid():N}.mov", DateTime.UtcNow.AddHours(-2));
        Assert.Equal(1, StaleTempFiles.Sweep(_dir));
        Assert.True(File.Exists(recent));
        Assert.False(File.Exists(old));
    }

    [Theory]
    [InlineData("clip.webm", ".partial.webm")]
    [InlineData("clip.gif", ".partial.gif")]
    public void TemporaryNamesCarryTheOwnerAndKeepTheExtension(string target, string ending)
    {
        // ffmpeg picks the muxer by the extension, so the temporary name ends with the target's own.
        string name = Path.GetFileName(TempFiles.Beside(Path.Combine(_dir, target)));
        Assert.StartsWith(".clip.", name);
        Assert.EndsWith(ending, name);
        Assert.Contains(TempFileOwner.Current, name);
        Assert.True(StaleTempFiles.IsTemporaryName(name));
    }
}
