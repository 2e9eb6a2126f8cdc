using System.Diagnostics;
using System.Globalization;
using AnimLib.Rendering;

namespace AnimLib.Encoding;

/// <summary>
/// Encodes frames into a video file by piping raw BGRA pixels to an <c>ffmpeg</c> process.
/// </summary>
/// <remarks>
/// ffmpeg writes to a hidden temporary file beside the output, which is renamed into place only by a
/// successful <see cref="Complete"/>. A render that fails or is abandoned (disposed without
/// <see cref="Complete"/>) therefore never leaves a truncated video, nor replaces a previous good one.
/// The executable is the one <see cref="FfmpegTools"/> finds (<c>ANIMLIB_FFMPEG</c>, else PATH). Frames go straight
/// down ffmpeg's stdin rather than through FFMpegCore's pull-model pipe source: the renderer pushes frames, converted to
/// yuv420p on its own threads, and <c>AnimLib.Bench pipe</c> measured FFMpegCore's BGRA pipe (ffmpeg converting) at
/// about a sixth more CPU for the same 1080p stream, with no wall-time gain beyond noise.
/// </remarks>
public sealed class FfmpegVideoSink : IPreparingFrameSink
{
    /// <summary>Environment variable that overrides which ffmpeg executable is run (<see cref="FfmpegTools.FfmpegEnvironmentVariable"/>).</summary>
    public const string FfmpegEnvironmentVariable = FfmpegTools.FfmpegEnvironmentVariable;

    private const int StderrTailLines = 40;

    private static readonly string[] FastStartExtensions = [".mp4", ".mov", ".m4v"];

    private readonly string[] _outputPaths;
    private readonly string[] _tempPaths;
    private readonly int[] _frameCounts;
    private int _framesWritten;
    private readonly int _frameBytes;
    private readonly int _preparedBytes;
    private byte[]? _conversion;
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
    /// <exception cref="FfmpegException">ffmpeg was not found or could not be started; the message says how to install it.</exception>
    public FfmpegVideoSink(string outputPath, VideoSettings settings)
        : this(outputPath, settings, FfmpegTools.Ffmpeg)
    {
    }

    /// <summary>Starts the given ffmpeg executable; lets tests exercise a missing or failing encoder without touching the environment.</summary>
    internal FfmpegVideoSink(string outputPath, VideoSettings settings, string ffmpegExecutable)
        : this([(outputPath, 0)], settings, ffmpegExecutable)
    {
    }

    /// <summary>
    /// Starts one ffmpeg that writes several videos: the frames it receives go, in order, <c>Frames</c> to each output
    /// in turn, each encoded by its own encoder exactly as a sink of its own would (the bytes are the same), which
    /// saves an ffmpeg start per output for runs of short videos.
    /// </summary>
    /// <exception cref="ArgumentException">No output, or a frame count below one where there are several outputs.</exception>
    internal FfmpegVideoSink(IReadOnlyList<(string Path, int Frames)> outputs, VideoSettings settings)
        : this(outputs, settings, FfmpegTools.Ffmpeg)
    {
    }

    private FfmpegVideoSink(IReadOnlyList<(string Path, int Frames)> outputs, VideoSettings settings, string ffmpegExecutable)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Count == 0) throw new ArgumentException("A video sink needs at least one output.", nameof(outputs));
        foreach (var (path, frames) in outputs)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            if (outputs.Count > 1 && frames < 1) throw new ArgumentException($"Output '{path}' of a shared encoder needs at least one frame.", nameof(outputs));
        }
        ArgumentNullException.ThrowIfNull(settings);
        Validate(settings);
        if (outputs.Count > 1 && !PipesYuv420(settings))
            throw new ArgumentException("Only yuv420p videos encoded from in-process converted frames can share an encoder process.", nameof(settings));

        _settings = settings;
        _outputPaths = outputs.Select(o => Path.GetFullPath(o.Path)).ToArray();
        _frameBytes = settings.Width * settings.Height * 4;
        _preparedBytes = PipesYuv420(settings) ? Yuv420Converter.ByteCount(settings.Width, settings.Height) : 0;
        if (HasAlpha(settings.PixelFormat)) _straightAlpha = new byte[_frameBytes];

        string extension = Path.GetExtension(OutputPath);
        if (extension.Length == 0) extension = ".mp4";
        _tempPaths = _outputPaths.Select(TempPathFor).ToArray();

        _frameCounts = outputs.Select(o => o.Frames).ToArray();
        _process = FfmpegProcess.Start(ffmpegExecutable, BuildArguments(settings, extension, _tempPaths, _frameCounts), "encoding video", readStdout: false);
        _process.ErrorDataReceived += OnStderrLine;
        // Reading stderr continuously keeps ffmpeg from blocking on a full pipe during long renders.
        _process.BeginErrorReadLine();
        _stdin = _process.StandardInput.BaseStream;
        PipeBytes = PipeCapacity.TryEnlarge(_stdin);
    }

    /// <summary>Kernel buffer of the pipe to ffmpeg in bytes after enlarging it (-1 when unknown).</summary>
    internal int PipeBytes { get; }

    /// <summary>Final path the video is moved to by <see cref="Complete"/> (the first one, for a shared encoder).</summary>
    public string OutputPath => _outputPaths[0];

    /// <summary>Every video this sink writes, in the order their frames come.</summary>
    internal IReadOnlyList<string> OutputPaths => _outputPaths;

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
        if (_preparedBytes > 0)
        {
            _conversion ??= new byte[_preparedBytes];
            Prepare(frame, _conversion);
            Write(_conversion, _preparedBytes);
        }
        else if (_straightAlpha is not null)
        {
            // Frames are premultiplied (the canvas paints them so); ffmpeg's bgra is straight alpha, which only matters where alpha is kept.
            Unpremultiply(frame.Pixels, _straightAlpha);
            Write(_straightAlpha, _frameBytes);
        }
        else
        {
            Write(frame.Pixels, _frameBytes);
        }
    }

    /// <inheritdoc/>
    public int PreparedFrameBytes => _preparedBytes;

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">This sink pipes BGRA as is (<see cref="PreparedFrameBytes"/> is 0).</exception>
    public void Prepare(FrameBuffer frame, byte[] destination)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (_preparedBytes == 0) throw new NotSupportedException("This video sink pipes BGRA frames as they are; there is nothing to prepare.");
        if (frame.Width != _settings.Width || frame.Height != _settings.Height)
            throw new ArgumentException(
                $"Frame is {frame.Width}x{frame.Height} but the video is {_settings.Width}x{_settings.Height}.", nameof(frame));
        Yuv420Converter.Convert(frame.Pixels, frame.Width, frame.Height, destination);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The sink is completed or disposed, or ffmpeg exited early.</exception>
    public void WritePrepared(byte[] prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        EnsureOpen();
        if (_preparedBytes == 0) throw new NotSupportedException("This video sink pipes BGRA frames as they are; use WriteFrame.");
        if (prepared.Length < _preparedBytes) throw new ArgumentException($"A prepared frame has {_preparedBytes} bytes.", nameof(prepared));
        Write(prepared, _preparedBytes);
    }

    private void Write(byte[] bytes, int count)
    {
        try
        {
            _stdin.Write(bytes, 0, count);
            _framesWritten++;
        }
        catch (IOException ex)
        {
            // A broken pipe means ffmpeg has already quit; its stderr says why.
            Fail();
            throw new InvalidOperationException($"ffmpeg stopped accepting frames for '{OutputPath}'.{FormatStderr()}", ex);
        }
    }

    /// <summary>True when frames are converted to yuv420p in this process and piped as such (the libx264 default).</summary>
    internal static bool PipesYuv420(VideoSettings s) => s.ConvertInProcess && s.PixelFormat == "yuv420p";

    /// <summary>
    /// Finishes encoding, checks the video (it opens, and holds the frames written and their duration: ffmpeg may exit 0
    /// after failing to write its file, on a full disk) and moves it to <see cref="OutputPath"/>, replacing any existing file.
    /// </summary>
    /// <exception cref="InvalidOperationException">ffmpeg failed (the message holds its error output), or the sink is not open.</exception>
    /// <exception cref="OutputCheckException">ffmpeg exited 0 but a file it wrote is missing, unreadable or short of frames; nothing was replaced.</exception>
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
            throw new InvalidOperationException($"ffmpeg exited with code {exitCode} while writing '{OutputPath}'.{FormatStderr()}");
        }
        try
        {
            CheckOutputs();
            for (int i = 0; i < _outputPaths.Length; i++) File.Move(_tempPaths[i], _outputPaths[i], overwrite: true);
        }
        catch
        {
            Fail();
            throw;
        }
        _state = State.Completed;
        _process.Dispose();
    }

    /// <summary>Checks every file ffmpeg wrote against the frames it was sent (an MP4 or MOV is read in process: cheap).</summary>
    private void CheckOutputs()
    {
        var frames = _outputPaths.Length == 1 ? [_framesWritten] : _frameCounts;
        for (int i = 0; i < _outputPaths.Length; i++)
            OutputCheck.Video(_tempPaths[i], _outputPaths[i], frames[i], frames[i] / _settings.Fps);
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
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            // Also when ffmpeg exited by itself: the parameterless wait drains its stderr, which the error message quotes.
            _process.WaitForExit();
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
        foreach (string temp in _tempPaths)
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private void EnsureOpen()
    {
        if (_state == State.Disposed) throw new ObjectDisposedException(nameof(FfmpegVideoSink));
        if (_state != State.Open)
            throw new InvalidOperationException($"The video sink for '{OutputPath}' is already {(_state == State.Completed ? "completed" : "failed")}.");
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

    private static void Validate(VideoSettings s)
    {
        if (s.Width < 1 || s.Height < 1)
            throw new ArgumentException($"Video size must be positive, got {s.Width}x{s.Height}.", "settings");
        if (!double.IsFinite(s.Fps) || s.Fps <= 0)
            throw new ArgumentException($"Frame rate must be a positive number, got {s.Fps}.", "settings");
        // x264 and most encoders reject odd sizes with chroma subsampled in both directions, with a cryptic message.
        if (s.HasOddSizeForItsFormat)
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

    /// <summary>A hidden, unique name beside <paramref name="outputPath"/>, with the real extension last so ffmpeg infers the same muxer.</summary>
    private static string TempPathFor(string outputPath)
    {
        string extension = Path.GetExtension(outputPath);
        return TempFiles.Beside(outputPath, extension.Length == 0 ? ".mp4" : extension);
    }

    private static List<string> BuildArguments(VideoSettings s, string extension, string[] tempPaths, int[] frameCounts)
    {
        string rate = s.Fps.ToString("R", CultureInfo.InvariantCulture);
        var args = new List<string>
        {
            "-hide_banner", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", PipesYuv420(s) ? "yuv420p" : "bgra",
            "-s", string.Create(CultureInfo.InvariantCulture, $"{s.Width}x{s.Height}"),
            "-r", rate,
            "-i", "-",
        };
        if (tempPaths.Length == 1)
        {
            AddOutput(args, s, extension, tempPaths[0]);
            return args;
        }
        // One input, cut into consecutive frame ranges, each with its own encoder and file. Restarting every range's
        // timestamps at zero and giving each output the input's rate makes each file the very one a sink of its own writes.
        var graph = new System.Text.StringBuilder($"[0:v]split={tempPaths.Length}");
        for (int i = 0; i < tempPaths.Length; i++) graph.Append(CultureInfo.InvariantCulture, $"[in{i}]");
        int first = 0;
        for (int i = 0; i < tempPaths.Length; i++)
        {
            graph.Append(CultureInfo.InvariantCulture,
                $";[in{i}]trim=start_frame={first}:end_frame={first + frameCounts[i]},setpts=PTS-STARTPTS[out{i}]");
            first += frameCounts[i];
        }
        args.AddRange(["-filter_complex", graph.ToString()]);
        for (int i = 0; i < tempPaths.Length; i++)
        {
            args.AddRange(["-map", $"[out{i}]", "-r", rate]);
            AddOutput(args, s, extension, tempPaths[i]);
        }
        return args;
    }

    private static void AddOutput(List<string> args, VideoSettings s, string extension, string tempPath)
    {
        args.AddRange(["-an", "-c:v", s.Codec, "-pix_fmt", s.PixelFormat]);
        args.AddRange(EncoderArguments(s));
        // Moving the index to the front lets players start before the download finishes; only MP4/MOV muxers know the flag.
        if (FastStartExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            args.AddRange(["-movflags", "+faststart"]);
        args.Add(tempPath);
    }
}
