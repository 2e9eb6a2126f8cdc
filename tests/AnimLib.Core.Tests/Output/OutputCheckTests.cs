using AnimLib.Encoding;
using AnimLib.Rendering;

namespace AnimLib.Core.Tests.Output;

/// <summary>The checks a written file passes before it replaces an output or enters the cache.</summary>
public sealed class OutputCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Video(int frames)
    {
        string path = Path.Combine(_dir, $"v{frames}.mp4");
        using var sink = new FfmpegVideoSink(path, new VideoSettings(64, 48, 10) { Preset = "ultrafast" });
        for (int i = 0; i < frames; i++) sink.WriteFrame(new FrameBuffer(64, 48));
        sink.Complete();
        return path;
    }

    [Fact]
    public void AWholeVideoPassesAndOneCutShortNamesTheFileAndTheFramesMissing()
    {
        string whole = Video(12);
        OutputCheck.Video(whole, "target.mp4", 12, 1.2);

        var wrongCount = Assert.Throws<OutputCheckException>(() => OutputCheck.Video(whole, "target.mp4", 13, 1.3));
        Assert.Contains("'target.mp4'", wrongCount.Message);
        Assert.Contains("12 of the 13 frames", wrongCount.Message);

        string cut = Path.Combine(_dir, "cut.mp4");
        byte[] bytes = File.ReadAllBytes(whole);
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
        Assert.Throws<OutputCheckException>(() => OutputCheck.Video(cut, "target.mp4", 12, 1.2));

        string empty = Path.Combine(_dir, "empty.mp4");
        File.WriteAllBytes(empty, []);
        Assert.Contains("only 0 bytes", Assert.Throws<OutputCheckException>(() => OutputCheck.Video(empty, "target.mp4", 12, 1.2)).Message);
        Assert.Contains("no file", Assert.Throws<OutputCheckException>(() => OutputCheck.Video(Path.Combine(_dir, "none.mp4"), "target.mp4", 12, 1.2)).Message);
    }

    [Fact]
    public void APngCutShortDoesNotReplaceThePreviousOne()
    {
        string path = Path.Combine(_dir, "still.png");
        var frame = new FrameBuffer(40, 30);
        PngFile.Save(frame, path);
        OutputCheck.Png(path, path, 40, 30);
        Assert.Contains("reads back as 40x30, not 41x30", Assert.Throws<OutputCheckException>(() => OutputCheck.Png(path, path, 41, 30)).Message);

        string cut = Path.Combine(_dir, "cut.png");
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);
        var e = Assert.Throws<OutputCheckException>(() => OutputCheck.Png(cut, path, 40, 30));
        Assert.Contains(path, e.Message);
    }
}
