using System.ComponentModel;
using System.Diagnostics;

namespace AnimLib.Encoding;

/// <summary>
/// The one place an ffmpeg or ffprobe process is started, whatever it is for (the render pipe, a join, a version check),
/// so every start is logged the same way and a missing program fails with the same message and install hint.
/// (FFMpegCore starts ffprobe itself for <see cref="FfmpegTools.Probe"/>, from the path <see cref="FfmpegTools"/> gives it.)
/// </summary>
internal static class FfmpegProcess
{
    /// <summary>Starts <paramref name="executable"/> with one argument per element (no shell, no quoting rules).</summary>
    /// <param name="executable">ffmpeg or ffprobe, as <see cref="FfmpegTools"/> finds it.</param>
    /// <param name="arguments">The arguments.</param>
    /// <param name="purpose">What the process is for, for the error message.</param>
    /// <param name="readStdout">Whether the caller reads standard output (otherwise it is left to the console).</param>
    /// <exception cref="FfmpegException">The program could not be started.</exception>
    public static Process Start(string executable, IEnumerable<string> arguments, string purpose, bool readStdout)
    {
        var start = Info(executable, readStdout);
        foreach (string argument in arguments) start.ArgumentList.Add(argument);
        return Launch(start, purpose, string.Join(' ', start.ArgumentList));
    }

    /// <summary>Starts <paramref name="executable"/> with a command line that FFMpegCore built and quoted.</summary>
    /// <exception cref="FfmpegException">The program could not be started.</exception>
    public static Process Start(string executable, string commandLine, string purpose, bool readStdout)
    {
        var start = Info(executable, readStdout);
        start.Arguments = commandLine;
        return Launch(start, purpose, commandLine);
    }

    /// <summary>The first line <c>program -version</c> prints, or null when it cannot be run or fails.</summary>
    public static string? VersionLine(string executable)
    {
        try
        {
            using var process = Start(executable, ["-version"], "a version check", readStdout: true);
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            string text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            stderr.GetAwaiter().GetResult();
            return process.ExitCode == 0
                ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
                : null;
        }
        catch (FfmpegException)
        {
            return null;
        }
    }

    private static ProcessStartInfo Info(string executable, bool readStdout) => new(executable)
    {
        RedirectStandardInput = true,
        RedirectStandardError = true,
        RedirectStandardOutput = readStdout,
        UseShellExecute = false,
        CreateNoWindow = true,
    };

    private static Process Launch(ProcessStartInfo start, string purpose, string shownArguments)
    {
        FfmpegRunner.CommandLogged?.Invoke($"{Path.GetFileName(start.FileName)} {shownArguments}");
        var process = new Process { StartInfo = start };
        try
        {
            process.Start();
            return process;
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            throw new FfmpegException($"'{start.FileName}' could not be started for {purpose}. {FfmpegTools.InstallHint}", ex);
        }
    }
}
