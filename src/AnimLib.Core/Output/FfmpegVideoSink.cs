using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using AnimLib.Rendering;

namespace AnimLib.Output;

/// <summary>
/// Encodes frames into a video file by piping raw BGRA pixels to an <c>ffmpeg</c> process.
/// </summary>
/// <remarks>
/// ffmpeg writes to a hidden temporary file beside the output, which is renamed into place only by a
/// successful <see cref="Complete"/>. A render that fails or is abandoned (disposed without
/// <see cref="Complete"/>) therefore never leaves a truncated video, nor replaces a previous good one.
/// The executable is <c>ffmpeg</c> from PATH unless the <c>ANIMLIB_FFMPEG</c> environment variable names another.
/// </remarks>
public sealed class FfmpegVideoSink : IFrameSink
{
    /// <summary>Environment variable that overrides which ffmpeg executable is run.</summary>
    public const string FfmpegEnvironmentVariable = "ANIMLIB_FFMPEG";

    private const int StderrTailLines = 40;

    private static readonly string[] FastStartExtensions = [".mp4", ".mov", ".m4v"];

    private readonly string _outputPath;
    private readonly string _tempPath;
    private readonly int _frameBytes;
    private readonly VideoSettings _settings;
    private readonly Process _process;
    private readonly Stream _stdin;
    private readonly Queue<string> _stderrTail = new();
    private readonly byte[]? _straightAlpha;
    private State _state = State.Open;

    private enum State
    {
        Open,
        Completed,
        Failed,
        Disposed,
    }

    /// <summary>Starts ffmpeg, ready to receive frames of the configured size.</summary>
    /// <param name="outputPath">Video file to create (its extension selects the container, e.g. <c>.mp4</c>); its folder is created if missing.</param>
    /// <param name="settings">Frame size, rate and encoder options.</param>
    /// <exception cref="ArgumentException">The settings are invalid (non-positive size or rate, odd size for a 4:2:0 format).</exception>
    /// <exception cref="InvalidOperationException">ffmpeg could not be started, e.g. it is not installed.</exception>
    public FfmpegVideoSink(string outputPath, VideoSettings settings)
        : this(outputPath, settings, ResolveExecutable())
    {
    }

    /// <summary>Starts the given ffmpeg executable; lets tests exercise a missing or failing encoder without touching the environment.</summary>
    internal FfmpegVideoSink(string outputPath, VideoSettings settings, string ffmpegExecutable)
    {
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        ArgumentNullException.ThrowIfNull(settings);
        Validate(settings);

        _settings = settings;
        _outputPath = Path.GetFullPath(outputPath);
        _frameBytes = settings.Width * settings.Height * 4;
        if (HasAlpha(settings.PixelFormat)) _straightAlpha = new byte[_frameBytes];

        string directory = Path.GetDirectoryName(_outputPath)!;
        Directory.CreateDirectory(directory);
        string extension = Path.GetExtension(_outputPath);
        if (extension.Length == 0) extension = ".mp4";
        // Hidden, unique, and with the real extension last so ffmpeg infers the same muxer as for the final name.
        _tempPath = Path.Combine(directory,
            $".{Path.GetFileNameWithoutExtension(_outputPath)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.partial{extension}");

        var start = new ProcessStartInfo(ffmpegExecutable)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = false,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (string arg in BuildArguments(settings, extension, _tempPath))
            start.ArgumentList.Add(arg);

        _process = new Process { StartInfo = start };
        _process.ErrorDataReceived += OnStderrLine;
        try
        {
            _process.Start();
        }
        catch (Win32Exception ex)
        {
            _process.Dispose();
            string hint = ffmpegExecutable == "ffmpeg"
                ? "ffmpeg was not found on PATH."
                : $"ffmpeg ('{ffmpegExecutable}', from {FfmpegEnvironmentVariable} or the caller) could not be started.";
            throw new InvalidOperationException(
                $"{hint} Install it with `sudo apt-get install ffmpeg` (or run ./scripts/setup).", ex);
        }
        // Reading stderr continuously keeps ffmpeg from blocking on a full pipe during long renders.
        _process.BeginErrorReadLine();
        _stdin = _process.StandardInput.BaseStream;
    }

    /// <summary>Final path the video is moved to by <see cref="Complete"/>.</summary>
    public string OutputPath => _outputPath;

    /// <summary>The encoding settings in use.</summary>
    public VideoSettings Settings => _settings;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The frame size differs from <see cref="VideoSettings"/>.</exception>
    /// <exception cref="InvalidOperationException">The sink is completed or disposed, or ffmpeg exited early (the message holds its error output).</exception>
    public void WriteFrame(FrameBuffer frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        EnsureOpen();
        if (frame.Width != _settings.Width || frame.Height != _settings.Height || frame.Pixels.Length != _frameBytes)
            throw new ArgumentException(
                $"Frame is {frame.Width}x{frame.Height} but the video is {_settings.Width}x{_settings.Height}.", nameof(frame));
        byte[] pixels = frame.Pixels;
        if (_straightAlpha is not null)
        {
            // Frames are premultiplied (cairo); ffmpeg's bgra is straight alpha, which only matters where alpha is kept.
            Unpremultiply(pixels, _straightAlpha);
            pixels = _straightAlpha;
        }
        try
        {
            _stdin.Write(pixels, 0, _frameBytes);
        }
        catch (IOException ex)
        {
            // A broken pipe means ffmpeg has already quit; its stderr says why.
            Fail();
            throw new InvalidOperationException($"ffmpeg stopped accepting frames for '{_outputPath}'.{FormatStderr()}", ex);
        }
    }

    /// <summary>Finishes encoding and moves the video to <see cref="OutputPath"/>, replacing any existing file.</summary>
    /// <exception cref="InvalidOperationException">ffmpeg failed (the message holds its error output), or the sink is not open.</exception>
    public void Complete()
    {
        EnsureOpen();
        try
        {
            _stdin.Close();
        }
        catch (IOException)
        {
            // ffmpeg already exited; its exit code and stderr are reported below.
        }
        // The parameterless overload also waits for the asynchronous stderr reader to drain.
        _process.WaitForExit();
        int exitCode = _process.ExitCode;
        if (exitCode != 0)
        {
            Fail();
            throw new InvalidOperationException($"ffmpeg exited with code {exitCode} while writing '{_outputPath}'.{FormatStderr()}");
        }
        try
        {
            File.Move(_tempPath, _outputPath, overwrite: true);
        }
        catch
        {
            Fail();
            throw;
        }
        _state = State.Completed;
        _process.Dispose();
    }

    /// <summary>
    /// Releases the encoder. Without a prior successful <see cref="Complete"/>, ffmpeg is killed and its
    /// partial file deleted, leaving whatever was at <see cref="OutputPath"/> untouched.
    /// </summary>
    public void Dispose()
    {
        if (_state == State.Open) Fail();
        _state = State.Disposed;
    }

    private void Fail()
    {
        _state = State.Failed;
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }
        catch (InvalidOperationException)
        {
            // The process exited between the check and the kill.
        }
        try
        {
            _stdin.Dispose();
        }
        catch (IOException)
        {
        }
        _process.Dispose();
        try
        {
            File.Delete(_tempPath);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void EnsureOpen()
    {
        if (_state == State.Disposed) throw new ObjectDisposedException(nameof(FfmpegVideoSink));
        if (_state != State.Open)
            throw new InvalidOperationException($"The video sink for '{_outputPath}' is already {(_state == State.Completed ? "completed" : "failed")}.");
    }

    private static void Unpremultiply(byte[] source, byte[] target)
    {
        for (int i = 0; i < source.Length; i += 4)
        {
            byte a = source[i + 3];
            target[i + 3] = a;
            if (a == 255 || a == 0)
            {
                target[i] = source[i];
                target[i + 1] = source[i + 1];
                target[i + 2] = source[i + 2];
                continue;
            }
            for (int c = 0; c < 3; c++) target[i + c] = (byte)Math.Min(255, (source[i + c] * 255 + a / 2) / a);
        }
    }

    private void OnStderrLine(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is null) return;
        lock (_stderrTail)
        {
            _stderrTail.Enqueue(e.Data);
            while (_stderrTail.Count > StderrTailLines) _stderrTail.Dequeue();
        }
    }

    private string FormatStderr()
    {
        lock (_stderrTail)
        {
            return _stderrTail.Count == 0
                ? " ffmpeg printed no error output."
                : " ffmpeg said:" + Environment.NewLine + string.Join(Environment.NewLine, _stderrTail);
        }
    }

    private static string ResolveExecutable()
    {
        string? overridden = Environment.GetEnvironmentVariable(FfmpegEnvironmentVariable);
        return string.IsNullOrWhiteSpace(overridden) ? "ffmpeg" : overridden;
    }

    private static void Validate(VideoSettings s)
    {
        if (s.Width < 1 || s.Height < 1)
            throw new ArgumentException($"Video size must be positive, got {s.Width}x{s.Height}.", "settings");
        if (!double.IsFinite(s.Fps) || s.Fps <= 0)
            throw new ArgumentException($"Frame rate must be a positive number, got {s.Fps}.", "settings");
        // x264 and most encoders reject odd sizes with chroma subsampled in both directions, with a cryptic message.
        if (s.PixelFormat.StartsWith("yuv420", StringComparison.Ordinal) && (s.Width % 2 != 0 || s.Height % 2 != 0))
            throw new ArgumentException(
                $"Pixel format {s.PixelFormat} needs an even width and height, got {s.Width}x{s.Height}.", "settings");
    }

    /// <summary>The options that tune the chosen encoder; each encoder understands different ones.</summary>
    internal static IEnumerable<string> EncoderArguments(VideoSettings s)
    {
        string crf = s.Crf.ToString(CultureInfo.InvariantCulture);
        return s.Codec switch
        {
            // -b:v 0 makes -crf a constant-quality target instead of a cap on a default bitrate.
            "libvpx-vp9" => ["-crf", crf, "-b:v", "0"],
            "prores_ks" => ["-profile:v", "4444"],
            // Lossless codecs have no quality knobs.
            "qtrle" or "png" or "ffv1" => [],
            _ => ["-preset", s.Preset, "-crf", crf],
        };
    }

    /// <summary>True when the output pixel format keeps an alpha channel.</summary>
    internal static bool HasAlpha(string pixelFormat) =>
        pixelFormat.StartsWith("yuva", StringComparison.Ordinal) || pixelFormat.Contains("rgba", StringComparison.Ordinal)
        || pixelFormat.Contains("argb", StringComparison.Ordinal) || pixelFormat.Contains("bgra", StringComparison.Ordinal);

    private static List<string> BuildArguments(VideoSettings s, string extension, string tempPath)
    {
        var args = new List<string>
        {
            "-hide_banner", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "bgra",
            "-s", string.Create(CultureInfo.InvariantCulture, $"{s.Width}x{s.Height}"),
            "-r", s.Fps.ToString("R", CultureInfo.InvariantCulture),
            "-i", "-",
            "-an",
            "-c:v", s.Codec,
            "-pix_fmt", s.PixelFormat,
        };
        args.AddRange(EncoderArguments(s));
        // Moving the index to the front lets players start before the download finishes; only MP4/MOV muxers know the flag.
        if (FastStartExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            args.AddRange(["-movflags", "+faststart"]);
        args.Add(tempPath);
        return args;
    }
}
