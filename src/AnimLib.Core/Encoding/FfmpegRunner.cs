using FFMpegCore;

namespace AnimLib.Encoding;

/// <summary>
/// Runs one ffmpeg command, built with FFMpegCore's <see cref="FFMpegArguments"/>, to completion: concatenation, GIF
/// palettes, audio mixing.
/// </summary>
/// <remarks>
/// The runner starts ffmpeg itself rather than through FFMpegCore's processor so that a cancellation kills ffmpeg at once
/// (FFMpegCore first asks it to finish the file), the error quotes only the tail of ffmpeg's output, and the debug log shows
/// the exact command line.
/// </remarks>
public static class FfmpegRunner
{
    [ThreadStatic]
    private static Action<string>? _commandLogged;

    /// <summary>Called with every command line run on this thread, for <c>--verbosity DEBUG</c>.</summary>
    public static Action<string>? CommandLogged
    {
        get => _commandLogged;
        set => _commandLogged = value;
    }

    /// <summary>The ffmpeg executable, as <see cref="FfmpegTools"/> finds it.</summary>
    /// <exception cref="FfmpegException">ffmpeg was not found.</exception>
    public static string Executable => FfmpegTools.Ffmpeg;

    /// <summary>Options before every command: no banner, no keyboard, errors only.</summary>
    private const string GlobalOptions = "-hide_banner -nostdin -loglevel error";

    /// <summary>Runs the command that FFMpegCore's builder made (after <c>-hide_banner -nostdin -loglevel error</c>).</summary>
    /// <param name="command">The built command; its inputs and outputs are files (nothing that FFMpegCore would feed or drain).</param>
    /// <param name="purpose">What the command does, for the error message.</param>
    /// <param name="cancellation">Kills ffmpeg.</param>
    /// <exception cref="FfmpegException">ffmpeg is missing or exited with an error; the message quotes its error output.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; ffmpeg was stopped.</exception>
    public static void Run(FFMpegArgumentProcessor command, string purpose, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        // FFMpegCore quotes every path it puts in the command line; .NET splits that line back into arguments.
        string arguments = GlobalOptions + " " + command.Arguments;
        using var process = FfmpegProcess.Start(Executable, arguments, purpose, readStdout: true);
        process.StandardInput.Close();
        var stderrTask = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var stdoutTask = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        using (cancellation.Register(() =>
               {
                   try
                   {
                       process.Kill(entireProcessTree: true);
                   }
                   catch (InvalidOperationException)
                   {
                   }
               }))
        {
            process.WaitForExit();
        }
        string stderr = stderrTask.GetAwaiter().GetResult();
        stdoutTask.GetAwaiter().GetResult();
        cancellation.ThrowIfCancellationRequested();
        if (process.ExitCode != 0)
        {
            var tail = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(40);
            throw new FfmpegException($"ffmpeg failed ({purpose}), exit code {process.ExitCode}. ffmpeg said:{Environment.NewLine}{string.Join(Environment.NewLine, tail)}");
        }
    }
}
