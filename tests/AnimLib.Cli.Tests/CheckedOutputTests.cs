using AnimLib.Cli.Tests.Scenes;
using AnimLib.Cli.Tests.Support;
using AnimLib.Encoding;

namespace AnimLib.Cli.Tests;

/// <summary>
/// ffmpeg can exit 0 after failing to write its file (5.1 does on a full disk: "Error writing trailer ... No space left on
/// device"). These renders run an ffmpeg that cuts its output in half and exits 0, as a full disk does: the render must
/// exit 1 naming the file, leave the previous good video byte for byte, and leave no temporary file behind.
/// </summary>
[Collection(EditableSceneCollection.Name)]
public sealed class CheckedOutputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-checked-").FullName;

    public CheckedOutputTests() => EditableScene.Variant = 0;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Media => Path.Combine(_dir, "media");

    private string CacheFolder => Path.Combine(Media, "videos", nameof(EditableScene), "90p10", "partial_movie_files");

    /// <summary>
    /// An ffmpeg that runs the real one, then cuts the file it wrote (its last absolute path argument) to half its size when
    /// the name holds <c>FAULT_MATCH</c>, and still exits with the real one's status.
    /// </summary>
    private string FullDiskFfmpeg()
    {
        string script = Path.Combine(_dir, "tools", "ffmpeg");
        Directory.CreateDirectory(Path.GetDirectoryName(script)!);
        File.WriteAllText(script, $$"""
            #!/bin/bash
            "{{FfmpegTools.Ffmpeg}}" "$@"
            rc=$?
            out=""
            for a in "$@"; do [[ "$a" == /* ]] && out="$a"; done
            if [[ -f "$out" && "$out" == *"$FAULT_MATCH"* ]]; then
              truncate -s $(( $(stat -c %s "$out") / 2 )) "$out"
            fi
            exit $rc
            """.Replace("\r\n", "\n"));
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    private (int Code, string Out, string Err) RenderWithFullDisk(string faultMatch, params string[] extra) =>
        CliProcess.Run([nameof(EditableScene), "--resolution", "160,90", "--fps", "10", "--media-dir", Media, .. extra],
            new Dictionary<string, string> { [FfmpegTools.FfmpegEnvironmentVariable] = FullDiskFfmpeg(), ["FAULT_MATCH"] = faultMatch });

    private (int Code, string Out, string Err) Render(string output, string format = "mp4") =>
        CliRunner.Render(new RenderRequest(nameof(EditableScene), Fps: "10", Output: output, MediaDir: Media) { Resolution = "160,90", Format = format });

    /// <summary>Hidden temporaries (<c>.name.xxxx.partial.ext</c>, <c>.pending-*</c>) anywhere under the test folder.</summary>
    private List<string> Leftovers() => Directory.GetFiles(_dir, "*", SearchOption.AllDirectories)
        .Where(f => f.Contains(".partial", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith(".pending-", StringComparison.Ordinal))
        .ToList();

    [Fact]
    public void AJoinCutShortKeepsThePreviousVideo()
    {
        if (OperatingSystem.IsWindows()) return; // the fault is injected through a bash script
        string output = Path.Combine(_dir, "out.mp4");
        Assert.Equal(0, Render(output).Code);
        byte[] good = File.ReadAllBytes(output);

        // Every segment is cached, so the only file ffmpeg writes is the joined video.
        var r = RenderWithFullDisk(".partial.mp4", "-o", output);
        Assert.True(r.Code == 1, r.Out + r.Err);
        Assert.Contains(output, r.Err);
        Assert.Contains("frames", r.Err);
        Assert.Equal(good, File.ReadAllBytes(output));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void ASegmentCutShortNeverEntersTheCache()
    {
        if (OperatingSystem.IsWindows()) return;
        string output = Path.Combine(_dir, "out.mp4");
        Assert.Equal(0, Render(output).Code);
        byte[] good = File.ReadAllBytes(output);

        var r = RenderWithFullDisk(".pending-", "-o", output, "--flush-cache");
        Assert.True(r.Code == 1, r.Out + r.Err);
        // Every segment is cut short; which one is checked first depends on the background encoder's timing.
        Assert.Matches(@"animation \d", r.Err);
        Assert.Contains(CacheFolder, r.Err);
        Assert.Contains("frames", r.Err);
        Assert.Equal(good, File.ReadAllBytes(output));
        Assert.Empty(Directory.GetFiles(CacheFolder, "*.mp4"));
        Assert.Empty(Leftovers());

        // The next healthy render encodes everything again and writes the same video.
        var healed = Render(output);
        Assert.True(healed.Code == 0, healed.Err);
        Assert.Contains("Animations encoded: 4, reused from cache: 0", healed.Out);
        Assert.Equal(good, File.ReadAllBytes(output));
    }

    [Fact]
    public void ASectionVideoCutShortKeepsThePreviousOne()
    {
        if (OperatingSystem.IsWindows()) return;
        string output = Path.Combine(_dir, "out.mp4");
        var request = new RenderRequest(nameof(SectionScene), Fps: "10", Output: output, MediaDir: Media) { Resolution = "160,90", SaveSections = true };
        Assert.Equal(0, CliRunner.Render(request).Code);
        string intro = Path.Combine(_dir, "sections", "out_0000_intro.mp4");
        byte[] good = File.ReadAllBytes(intro);

        // Only the section files are cut: the main video joins first and passes.
        var r = CliProcess.Run([nameof(SectionScene), "--resolution", "160,90", "--fps", "10", "--media-dir", Media, "--save-sections", "-o", output],
            new Dictionary<string, string> { [FfmpegTools.FfmpegEnvironmentVariable] = FullDiskFfmpeg(), ["FAULT_MATCH"] = "/sections/." });
        Assert.True(r.Code == 1, r.Out + r.Err);
        Assert.Contains(intro, r.Err);
        Assert.Equal(good, File.ReadAllBytes(intro));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void AGifCutShortKeepsThePreviousGif()
    {
        if (OperatingSystem.IsWindows()) return;
        string output = Path.Combine(_dir, "out.gif");
        Assert.True(Render(output, "gif").Code == 0);
        byte[] good = File.ReadAllBytes(output);

        var r = RenderWithFullDisk(".partial.gif", "--format", "gif", "-o", output);
        Assert.True(r.Code == 1, r.Out + r.Err);
        Assert.Contains(output, r.Err);
        Assert.Equal(good, File.ReadAllBytes(output));
        Assert.Empty(Leftovers());
    }
}
