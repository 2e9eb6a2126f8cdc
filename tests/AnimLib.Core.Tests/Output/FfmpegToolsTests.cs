using AnimLib.Encoding;
using AnimLib.Rendering;
using FFMpegCore;

namespace AnimLib.Core.Tests.Output;

/// <summary>
/// Where <see cref="FfmpegTools"/> finds ffmpeg and ffprobe. The lookups take their variables from a dictionary, so these
/// tests never change the process environment that other tests' ffmpeg runs read.
/// </summary>
public sealed class FfmpegToolsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-fftools-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void WithoutVariablesBothComeFromPath()
    {
        string bin = Folder("bin", "ffmpeg", "ffprobe");
        var env = Env(("PATH", string.Join(Path.PathSeparator, Path.Combine(_dir, "empty"), bin)));
        Assert.Equal(Exe(bin, "ffmpeg"), FfmpegTools.FindFfmpeg(env));
        Assert.Equal(Exe(bin, "ffprobe"), FfmpegTools.FindFfprobe(env));
    }

    [Fact]
    public void AnFfmpegNamedByPathBringsTheFfprobeBesideIt()
    {
        string onPath = Folder("path", "ffmpeg", "ffprobe");
        string build = Folder("build", "ffmpeg", "ffprobe");
        var env = Env(("PATH", onPath), (FfmpegTools.FfmpegEnvironmentVariable, Exe(build, "ffmpeg")));
        Assert.Equal(Exe(build, "ffmpeg"), FfmpegTools.FindFfmpeg(env));
        Assert.Equal(Exe(build, "ffprobe"), FfmpegTools.FindFfprobe(env));
    }

    [Fact]
    public void WithoutAnFfprobeBesideTheNamedFfmpegPathsFfprobeIsUsed()
    {
        string onPath = Folder("path", "ffmpeg", "ffprobe");
        string build = Folder("build", "ffmpeg");
        var env = Env(("PATH", onPath), (FfmpegTools.FfmpegEnvironmentVariable, Exe(build, "ffmpeg")));
        Assert.Equal(Exe(onPath, "ffprobe"), FfmpegTools.FindFfprobe(env));
    }

    [Fact]
    public void AnFfprobeVariableWinsOverTheOneBesideFfmpeg()
    {
        string build = Folder("build", "ffmpeg", "ffprobe");
        string other = Folder("other", "ffprobe");
        var env = Env(("PATH", ""), (FfmpegTools.FfmpegEnvironmentVariable, Exe(build, "ffmpeg")),
            (FfmpegTools.FfprobeEnvironmentVariable, Exe(other, "ffprobe")));
        Assert.Equal(Exe(other, "ffprobe"), FfmpegTools.FindFfprobe(env));
    }

    [Fact]
    public void ABareNameInTheVariableIsLookedUpOnPath()
    {
        string bin = Folder("bin", "ffmpeg-6");
        var env = Env(("PATH", bin), (FfmpegTools.FfmpegEnvironmentVariable, "ffmpeg-6"));
        Assert.Equal(Exe(bin, "ffmpeg-6"), FfmpegTools.FindFfmpeg(env));
    }

    [Fact]
    public void MissingToolsAreNull()
    {
        var env = Env(("PATH", Path.Combine(_dir, "nowhere")), (FfmpegTools.FfmpegEnvironmentVariable, Path.Combine(_dir, "no-ffmpeg")));
        Assert.Null(FfmpegTools.FindFfmpeg(env));
        Assert.Null(FfmpegTools.FindFfprobe(env));
    }

    [Fact]
    public void AFileThatIsNotExecutableIsNotTaken()
    {
        if (OperatingSystem.IsWindows()) return;
        string bin = Folder("bin", "ffmpeg");
        File.SetUnixFileMode(Exe(bin, "ffmpeg"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Null(FfmpegTools.FindFfmpeg(Env(("PATH", bin))));
    }

    [Fact]
    public void TheMissingMessageNamesTheVariableAndHowToInstallOnEachOs()
    {
        string unset = FfmpegTools.MissingMessage("ffmpeg", FfmpegTools.FfmpegEnvironmentVariable, null);
        Assert.Contains("ANIMLIB_FFMPEG", unset);
        Assert.Contains("sudo apt-get install ffmpeg", unset);
        Assert.Contains("brew install ffmpeg", unset);
        Assert.Contains("winget install", unset);
        string wrong = FfmpegTools.MissingMessage("ffprobe", FfmpegTools.FfprobeEnvironmentVariable, "/opt/nothing/ffprobe");
        Assert.Contains("'/opt/nothing/ffprobe', named by ANIMLIB_FFPROBE", wrong);
    }

    [Fact]
    public void FindingFfmpegPointsFFMpegCoreAtItsFolder()
    {
        string ffmpeg = FfmpegTools.Ffmpeg;
        Assert.Equal(Path.GetDirectoryName(ffmpeg), GlobalFFOptions.Current.BinaryFolder);
        Assert.Equal(ffmpeg, GlobalFFOptions.GetFFMpegBinaryPath(GlobalFFOptions.Current));
        Assert.Equal(FfmpegTools.Ffprobe, GlobalFFOptions.GetFFProbeBinaryPath(FfmpegTools.ProbeOptions()));
    }

    [Fact]
    public void ProbeReadsAVideoThroughFFMpegCore()
    {
        string video = Path.Combine(_dir, "v.mp4");
        using (var sink = new FfmpegVideoSink(video, new VideoSettings(64, 48, 10) { Preset = "ultrafast" }))
        {
            var frame = new FrameBuffer(64, 48);
            for (int i = 0; i < 7; i++) sink.WriteFrame(frame);
            sink.Complete();
        }
        var media = FfmpegTools.Probe(video);
        Assert.Equal("h264", media.PrimaryVideoStream!.CodecName);
        Assert.Equal(0.7, media.Format.Duration.TotalSeconds, 3);
        Assert.Empty(media.AudioStreams);
    }

    [Fact]
    public void ProbeFailureIsAnFfmpegExceptionNamingTheFile()
    {
        string notVideo = Path.Combine(_dir, "not-a-video.mp4");
        File.WriteAllText(notVideo, "plain text");
        var ex = Assert.Throws<FfmpegException>(() => FfmpegTools.Probe(notVideo));
        Assert.Contains(notVideo, ex.Message);
    }

    private string Folder(string name, params string[] executables)
    {
        string folder = Path.Combine(_dir, name);
        Directory.CreateDirectory(folder);
        foreach (string e in executables)
        {
            string path = Exe(folder, e);
            File.WriteAllText(path, "");
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return folder;
    }

    private static string Exe(string folder, string name) => Path.Combine(folder, OperatingSystem.IsWindows() ? name + ".exe" : name);

    private static Func<string, string?> Env(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
