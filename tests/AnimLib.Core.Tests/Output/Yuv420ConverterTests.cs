using System.Diagnostics;
using AnimLib.Encoding;
using AnimLib.Rendering;

namespace AnimLib.Core.Tests.Output;

public sealed class Yuv420ConverterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-yuv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Flat 8x8 blocks of saturated and grey colours: inside a block, chroma filtering cannot matter.
    private static FrameBuffer Blocks(int width, int height)
    {
        (byte R, byte G, byte B)[] palette =
        [
            (0, 0, 0), (255, 255, 255), (255, 0, 0), (0, 255, 0), (0, 0, 255), (88, 196, 221), (252, 98, 85), (128, 128, 128),
        ];
        var frame = new FrameBuffer(width, height);
        for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
        {
            var (r, g, b) = palette[(x / 8 + y / 8 * 3) % palette.Length];
            int i = y * frame.Stride + x * 4;
            (frame.Pixels[i], frame.Pixels[i + 1], frame.Pixels[i + 2], frame.Pixels[i + 3]) = (b, g, r, 255);
        }
        return frame;
    }

    [Fact]
    public void Convert_MatchesFfmpegsOwnConversionInFlatAreas()
    {
        const int w = 64, h = 48;
        var frame = Blocks(w, h);
        var ours = new byte[Yuv420Converter.ByteCount(w, h)];
        Yuv420Converter.Convert(frame.Pixels, w, h, ours);

        string input = Path.Combine(_dir, "in.bgra"), output = Path.Combine(_dir, "out.yuv");
        File.WriteAllBytes(input, frame.Pixels);
        var ffmpeg = Process.Start(new ProcessStartInfo(FfmpegTools.Ffmpeg,
            ["-hide_banner", "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", "bgra", "-s", $"{w}x{h}", "-i", input,
             "-pix_fmt", "yuv420p", "-f", "rawvideo", output]) { RedirectStandardError = true })!;
        ffmpeg.WaitForExit();
        Assert.Equal(0, ffmpeg.ExitCode);
        var theirs = File.ReadAllBytes(output);
        Assert.Equal(theirs.Length, ours.Length);

        // Luma: every pixel within one step (rounding of the coefficients).
        for (int i = 0; i < w * h; i++) Assert.InRange(ours[i] - theirs[i], -1, 1);
        // Chroma: sample the centre of each 8x8 block (chroma pixel 2..3 of its 4x4), away from edges.
        int cw = w / 2, ch = h / 2;
        for (int plane = 0; plane < 2; plane++)
        {
            int offset = w * h + plane * cw * ch;
            for (int by = 0; by < ch; by += 4)
            for (int bx = 0; bx < cw; bx += 4)
            {
                int i = offset + (by + 2) * cw + bx + 2;
                Assert.InRange(ours[i] - theirs[i], -2, 2);
            }
        }
    }

    [Fact]
    public void Convert_UsesLimitedRangeBt601()
    {
        var frame = new FrameBuffer(2, 2);
        for (int i = 0; i < 16; i += 4) (frame.Pixels[i], frame.Pixels[i + 1], frame.Pixels[i + 2], frame.Pixels[i + 3]) = (255, 255, 255, 255);
        var yuv = new byte[6];
        Yuv420Converter.Convert(frame.Pixels, 2, 2, yuv);
        Assert.Equal([235, 235, 235, 235, 128, 128], yuv);
        Array.Clear(frame.Pixels);
        Yuv420Converter.Convert(frame.Pixels, 2, 2, yuv);
        Assert.Equal([16, 16, 16, 16, 128, 128], yuv);
    }

    [Theory]
    [InlineData(854, 480)]
    [InlineData(64, 4)]
    [InlineData(30, 2)]
    public void VectorPath_EqualsScalarPath(int w, int h)
    {
        var frame = new FrameBuffer(w, h);
        new Random(7).NextBytes(frame.Pixels);
        var vector = new byte[Yuv420Converter.ByteCount(w, h)];
        var scalar = new byte[vector.Length];
        Yuv420Converter.Convert(frame.Pixels, w, h, vector);
        try
        {
            Yuv420Converter.ForceScalar = true;
            Yuv420Converter.Convert(frame.Pixels, w, h, scalar);
        }
        finally
        {
            Yuv420Converter.ForceScalar = false;
        }
        Assert.Equal(scalar, vector);
    }

    [Fact]
    public void ByteCount_RejectsOddSizes()
    {
        Assert.Equal(1920 * 1080 * 3 / 2, Yuv420Converter.ByteCount(1920, 1080));
        Assert.Throws<ArgumentException>(() => Yuv420Converter.ByteCount(853, 480));
    }

    [Fact]
    public void VideoSink_EnlargesItsPipe()
    {
        using var sink = new FfmpegVideoSink(Path.Combine(_dir, "pipe.mp4"), new VideoSettings(64, 48, 15) { Preset = "ultrafast" });
        Assert.Equal(1 << 20, sink.PipeBytes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void VideoSink_DecodesToTheColoursWritten_EitherWayOfConverting(bool convertInProcess)
    {
        const int w = 64, h = 48;
        string path = Path.Combine(_dir, $"colours-{convertInProcess}.mp4");
        var frame = Blocks(w, h);
        using (var sink = new FfmpegVideoSink(path, new VideoSettings(w, h, 15) { Preset = "ultrafast", Crf = 0, ConvertInProcess = convertInProcess }))
        {
            Assert.Equal(convertInProcess ? w * h * 3 / 2 : 0, sink.PreparedFrameBytes);
            for (int i = 0; i < 3; i++) sink.WriteFrame(frame);
            sink.Complete();
        }
        var ffmpeg = Process.Start(new ProcessStartInfo(FfmpegTools.Ffmpeg,
            ["-hide_banner", "-loglevel", "error", "-i", path, "-frames:v", "1", "-pix_fmt", "bgra", "-f", "rawvideo", "-"])
            { RedirectStandardOutput = true })!;
        using var decoded = new MemoryStream();
        ffmpeg.StandardOutput.BaseStream.CopyTo(decoded);
        ffmpeg.WaitForExit();
        var pixels = decoded.ToArray();
        Assert.Equal(w * h * 4, pixels.Length);
        // Block centres come back within a few steps of the colours written (lossless h264, 4:2:0 round trip).
        for (int y = 4; y < h; y += 8)
        for (int x = 4; x < w; x += 8)
        {
            int i = y * w * 4 + x * 4;
            for (int c = 0; c < 3; c++) Assert.InRange(pixels[i + c] - frame.Pixels[i + c], -4, 4);
        }
    }
}
