using System.ComponentModel;
using System.Diagnostics;

namespace AnimLib.Output;

/// <summary>Runs one ffmpeg (or ffprobe) command to completion: concatenation, GIF palettes, audio mixing.</summary>
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

    /// <summary>The ffmpeg executable: <c>ffmpeg</c> on PATH unless <see cref="FfmpegVideoSink.FfmpegEnvironmentVariable"/> names another.</summary>
    public static string Executable
    {
        get
        {
            string? overridden = Environment.GetEnvironmentVariable(FfmpegVideoSink.FfmpegEnvironmentVariable);
            return string.IsNullOrWhiteSpace(overridden) ? "ffmpeg" : overridden;
        }
    }

    /// <summary>Runs ffmpeg with <paramref name="arguments"/> (after <c>-hide_banner -loglevel error -y</c>).</summary>
    /// <exception cref="FfmpegException">ffmpeg is missing or exited with an error; the message quotes its error output.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; ffmpeg was stopped.</exception>
    public static void Run(IEnumerable<string> arguments, string purpose, CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in (string[])["-hide_banner", "-nostdin", "-loglevel", "error", "-y"]) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        CommandLogged?.Invoke("ffmpeg " + string.Join(' ', start.ArgumentList.Select(Quote)));

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new FfmpegException($"ffmpeg could not be started for {purpose}: install it with `sudo apt-get install ffmpeg` (or run ./scripts/setup).", ex);
        }
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

    private static string Quote(string arg) => arg.Length > 0 && arg.All(c => char.IsLetterOrDigit(c) || "-_./:=+,".Contains(c)) ? arg : $"'{arg}'";
}
