using System.ComponentModel;
using System.Diagnostics;

namespace AnimLib.Scenes;

/// <summary>Runs a speech program with an argument list (no shell) and its input on stdin.</summary>
internal static class SpeechProcess
{
    /// <summary>Runs <paramref name="executable"/>; throws with its stderr when it fails.</summary>
    /// <param name="executable">Program path or name on the PATH.</param>
    /// <param name="package">Debian package that provides it, named when it is missing.</param>
    /// <param name="arguments">Arguments, each passed as one.</param>
    /// <param name="input">Written to its stdin, which is then closed.</param>
    /// <param name="cancellation">Kills the program.</param>
    /// <exception cref="SpeechSynthesisException">The program is missing, failed or timed out.</exception>
    public static void Run(string executable, string package, IReadOnlyList<string> arguments, string input, CancellationToken cancellation)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new SpeechSynthesisException($"{executable} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new SpeechSynthesisException(
                $"{executable} was not found. Install the Debian package {package} (apt-get install {package}, or scripts/setup), or name the program in $ANIMLIB_ESPEAK.", e);
        }
        using (process)
        using (cancellation.Register(() => { try { process.Kill(true); } catch (InvalidOperationException) { } }))
        {
            var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
            var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                try { process.Kill(true); } catch (InvalidOperationException) { }
                throw new SpeechSynthesisException($"{executable} did not finish within 2 minutes.");
            }
            process.WaitForExit();
            cancellation.ThrowIfCancellationRequested();
            if (process.ExitCode != 0)
                throw new SpeechSynthesisException($"{executable} failed (exit code {process.ExitCode}): {stderr.Result.Trim()}");
            _ = stdout.Result;
        }
    }
}
