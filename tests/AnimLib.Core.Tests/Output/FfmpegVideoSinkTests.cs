using AnimLib.Core.Tests.Support;
using AnimLib.Encoding;
using AnimLib.Rendering;

namespace AnimLib.Core.Tests.Output;

public sealed class FfmpegVideoSinkTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-video-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly VideoSettings Small = new(64, 48, 15) { Preset = "ultrafast" };

    private static FrameBuffer Frame(int index)
    {
        var frame = new FrameBuffer(64, 48);
        for (int y = 0; y < 48; y++)
        for (int x = 0; x < 64; x++)
        {
            int i = y * frame.Stride + x * 4;
            bool box = x >= index * 2 && x < index * 2 + 8 && y >= 20 && y < 28;
            frame.Pixels[i] = (byte)(box ? 255 : x * 4);
            frame.Pixels[i + 1] = (byte)(box ? 255 : y * 5);
            frame.Pixels[i + 2] = (byte)(index * 8);
            frame.Pixels[i + 3] = 255;
        }
        return frame;
    }

    private string[] FilesInDir() => Directory.GetFiles(_dir, "*", SearchOption.AllDirectories);

    [Fact]
    public void Complete_ProducesH264WithTheRequestedSizeRateAndFrameCount()
    {
        string output = Path.Combine(_dir, "nested", "clip.mp4");
        using (var sink = new FfmpegVideoSink(output, Small))
        {
            for (int i = 0; i < 30; i++) sink.WriteFrame(Frame(i));
            sink.Complete();
        }

        Assert.True(File.Exists(output));
        Assert.Equal([output], FilesInDir());

        var probe = FfmpegTools.Probe(output, "-count_frames");
        var stream = probe.PrimaryVideoStream!;
        Assert.Equal("h264", stream.CodecName);
        Assert.Equal((64, 48), (stream.Width, stream.Height));
        Assert.Equal("15/1", probe.Raw.Streams[stream.Index].FrameRate);
        Assert.Equal("30", probe.Raw.Streams[stream.Index].ExtensionData!["nb_read_frames"].GetString());
    }

    [Theory]
    [InlineData("ultrafast", 30.0)]
    [InlineData("medium", 15.0)]
    public void SharedEncoderProcess_WritesExactlyTheFilesOfSeparateSinks(string preset, double fps)
    {
        var settings = new VideoSettings(64, 48, fps) { Preset = preset };
        int[] counts = [3, 1, 6];
        var separate = new List<string>();
        int first = 0;
        for (int k = 0; k < counts.Length; k++)
        {
            string path = Path.Combine(_dir, $"alone{k}.mp4");
            using var sink = new FfmpegVideoSink(path, settings);
            for (int i = 0; i < counts[k]; i++) sink.WriteFrame(Frame(first + i));
            sink.Complete();
            separate.Add(path);
            first += counts[k];
        }

        var shared = counts.Select((c, k) => (Path.Combine(_dir, $"shared{k}.mp4"), c)).ToList();
        using (var sink = new FfmpegVideoSink(shared, settings))
        {
            for (int i = 0; i < counts.Sum(); i++) sink.WriteFrame(Frame(i));
            sink.Complete();
        }

        for (int k = 0; k < counts.Length; k++)
            Assert.Equal(File.ReadAllBytes(separate[k]), File.ReadAllBytes(shared[k].Item1));
        Assert.DoesNotContain(FilesInDir(), f => Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public void SharedEncoderProcess_DisposedEarly_LeavesNoFile()
    {
        var shared = new[] { (Path.Combine(_dir, "a.mp4"), 2), (Path.Combine(_dir, "b.mp4"), 2) };
        using (var sink = new FfmpegVideoSink(shared, Small))
            sink.WriteFrame(Frame(0));

        Assert.Empty(FilesInDir());
        Assert.Throws<ArgumentException>(() => new FfmpegVideoSink([(Path.Combine(_dir, "c.mp4"), 0), (Path.Combine(_dir, "d.mp4"), 2)], Small));
    }

    [Fact]
    public void Complete_ReplacesAnExistingFile()
    {
        string output = Path.Combine(_dir, "again.mp4");
        File.WriteAllText(output, "old");
        using (var sink = new FfmpegVideoSink(output, Small))
        {
            for (int i = 0; i < 3; i++) sink.WriteFrame(Frame(i));
            sink.Complete();
        }

        Assert.True(new FileInfo(output).Length > 100);
        Assert.Equal([output], FilesInDir());
    }

    [Fact]
    public void DisposeWithoutComplete_LeavesNoFile()
    {
        string output = Path.Combine(_dir, "abandoned.mp4");
        using (var sink = new FfmpegVideoSink(output, Small))
        {
            for (int i = 0; i < 5; i++) sink.WriteFrame(Frame(i));
        }

        Assert.Empty(FilesInDir());
    }

    [Fact]
    public void DisposeWithoutComplete_PreservesAPreviousGoodFile()
    {
        string output = Path.Combine(_dir, "keep.mp4");
        File.WriteAllText(output, "previous good render");

        var sink = new FfmpegVideoSink(output, Small);
        try
        {
            sink.WriteFrame(Frame(0));
            throw new InvalidTimeZoneException("simulated failure mid-render");
        }
        catch (InvalidTimeZoneException)
        {
        }
        finally
        {
            sink.Dispose();
        }

        Assert.Equal("previous good render", File.ReadAllText(output));
        Assert.Equal([output], FilesInDir());
    }

    [Fact]
    public void WriteFrame_RejectsWrongSize()
    {
        using var sink = new FfmpegVideoSink(Path.Combine(_dir, "size.mp4"), Small);
        var ex = Assert.Throws<ArgumentException>(() => sink.WriteFrame(new FrameBuffer(32, 48)));
        Assert.Contains("32x48", ex.Message);
        Assert.Contains("64x48", ex.Message);
    }

    [Fact]
    public void FailingEncoder_ReportsFfmpegErrorAndCleansUp()
    {
        string output = Path.Combine(_dir, "bad.mp4");
        File.WriteAllText(output, "previous");
        var settings = Small with { Codec = "no_such_encoder_xyz" };

        var sink = new FfmpegVideoSink(output, settings);
        var ex = Assert.Throws<InvalidOperationException>(() =>
        {
            // ffmpeg may die before or after the pipe fills; either call must report it.
            for (int i = 0; i < 200; i++) sink.WriteFrame(Frame(i % 30));
            sink.Complete();
        });
        sink.Dispose();

        Assert.Contains("no_such_encoder_xyz", ex.Message);
        Assert.Equal("previous", File.ReadAllText(output));
        Assert.Equal([output], FilesInDir());
    }

    [Fact]
    public void MissingExecutable_GivesInstallHint()
    {
        var ex = Assert.Throws<FfmpegException>(() =>
            new FfmpegVideoSink(Path.Combine(_dir, "x.mp4"), Small, Path.Combine(_dir, "no-ffmpeg-here")));
        Assert.Contains("sudo apt-get install ffmpeg", ex.Message);
        Assert.Contains("brew install ffmpeg", ex.Message);
        Assert.Empty(FilesInDir());
    }

    [Fact]
    public void OddSizeForYuv420_IsRejectedUpFront()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FfmpegVideoSink(Path.Combine(_dir, "odd.mp4"), new VideoSettings(63, 48, 30)));
        Assert.Contains("even", ex.Message);
    }

    [Fact]
    public void MemoryFrameSink_KeepsCopies()
    {
        var sink = new MemoryFrameSink();
        var frame = Frame(0);
        sink.WriteFrame(frame);
        frame.Pixels[0] ^= 0xFF;
        sink.WriteFrame(frame);
        sink.Complete();

        Assert.True(sink.Completed);
        Assert.Equal(2, sink.Frames.Count);
        Assert.NotEqual(sink.Frames[0].Pixels[0], sink.Frames[1].Pixels[0]);
        Assert.Throws<InvalidOperationException>(() => sink.WriteFrame(frame));
    }

    [Fact]
    public void ImageDiff_CountsPixelsOverTolerance()
    {
        var a = Frame(0);
        var b = Frame(0);
        b.Pixels[0] = (byte)(a.Pixels[0] + 3);
        b.Pixels[4 * 10 + 1] = (byte)(a.Pixels[4 * 10 + 1] ^ 0x80);

        var result = ImageDiff.Compare(a, b, tolerance: 2);

        Assert.Equal(128, result.MaxChannelDelta);
        Assert.Equal(2, result.CountOverTolerance);
        Assert.Equal((0, 0, 0, 255), ToInts(result.DiffImage.GetPixel(5, 5)));
        Assert.True(result.DiffImage.GetPixel(10, 0).R > result.DiffImage.GetPixel(0, 0).R);
        Assert.Equal(1, ImageDiff.Compare(a, b, tolerance: 3).CountOverTolerance);
        var sizes = Assert.Throws<ArgumentException>(() => ImageDiff.Compare(a, new FrameBuffer(2, 2), 0));
        Assert.Contains("64x48", sizes.Message);
        Assert.Contains("2x2", sizes.Message);
    }

    private static (int, int, int, int) ToInts((byte R, byte G, byte B, byte A) p) => (p.R, p.G, p.B, p.A);
}
