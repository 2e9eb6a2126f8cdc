using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AnimLib.Cli;

/// <summary><c>animlib checkhealth</c>: finds the programs and libraries AnimLib uses and says how to install what is missing.</summary>
public static class CheckHealthCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("checkhealth", "Check for ffmpeg, cairo, latex, dvisvgm and fonts; print versions and what to install.");
        command.SetAction(_ => Run(Console.Out));
        return command;
    }

    /// <summary>One dependency's state.</summary>
    /// <param name="Name">What was looked for.</param>
    /// <param name="Version">Its version line, or null when missing.</param>
    /// <param name="Install">The Debian command that installs it.</param>
    /// <param name="UsedFor">What AnimLib needs it for.</param>
    public sealed record Check(string Name, string? Version, string Install, string UsedFor);

    /// <summary>Runs every check, prints a report, returns 0 when everything was found and 1 otherwise.</summary>
    public static int Run(TextWriter stdout)
    {
        var checks = RunChecks();
        foreach (var c in checks)
            stdout.WriteLine(c.Version is null ? $"  MISSING  {c.Name,-9} ({c.UsedFor}): install with `{c.Install}`" : $"  ok       {c.Name,-9} {c.Version}");
        var missing = checks.Where(c => c.Version is null).ToList();
        if (missing.Count == 0)
        {
            stdout.WriteLine("Everything AnimLib uses is installed.");
            return ExitCodes.Ok;
        }
        stdout.WriteLine($"{missing.Count} missing. Or run ./scripts/setup, which installs all of them.");
        return ExitCodes.RenderFailed;
    }

    /// <summary>Looks for every dependency.</summary>
    public static IReadOnlyList<Check> RunChecks() =>
    [
        new("ffmpeg", FirstLine("ffmpeg", "-version"), "sudo apt-get install ffmpeg", "video encoding"),
        new("ffprobe", FirstLine("ffprobe", "-version"), "sudo apt-get install ffmpeg", "video inspection"),
        new("cairo", LibraryVersion("libcairo.so.2", "cairo_version_string"), "sudo apt-get install libcairo2", "rasterizing frames"),
        new("latex", FirstLine("latex", "--version"), "sudo apt-get install texlive-latex-base texlive-latex-recommended texlive-fonts-recommended", "Tex and TexText"),
        new("dvisvgm", FirstLine("dvisvgm", "--version"), "sudo apt-get install dvisvgm", "Tex and TexText"),
        new("fonts", Fonts(), "sudo apt-get install fontconfig fonts-dejavu-core", "Text"),
        new("cmu-serif", CmuSerif(), "sudo apt-get install fonts-cmu", "Text's default face"),
    ];

    // Without it Text falls back to another serif (with a warning), so frames differ from the chapter's videos.
    private static string? CmuSerif()
    {
        var faces = Output("fc-list", "\"CMU Serif\" file")?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return faces is not { Length: > 0 } ? null : $"{faces.Length} faces ({Path.GetDirectoryName(faces[0].TrimEnd(':'))})";
    }

    private static string? Fonts()
    {
        var families = Output("fc-list", ": family");
        if (families is null) return null;
        int count = families.Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct().Count();
        if (count == 0) return null;
        var match = Output("fc-match", "sans-serif")?.Trim();
        return $"{count} font families; sans-serif is {match}";
    }

    private static string? FirstLine(string program, string args) =>
        Output(program, args)?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static string? Output(string program, string args)
    {
        try
        {
            var psi = new ProcessStartInfo(program, args)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            string text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            stderr.GetAwaiter().GetResult();
            return p.ExitCode == 0 ? text : null;
        }
        catch (Win32Exception)
        {
            return null;
        }
    }

    private static unsafe string? LibraryVersion(string library, string? versionFunction)
    {
        if (!NativeLibrary.TryLoad(library, out var handle)) return null;
        if (versionFunction is null) return library;
        if (!NativeLibrary.TryGetExport(handle, versionFunction, out var fn)) return library;
        var text = ((delegate* unmanaged<IntPtr>)fn)();
        return Marshal.PtrToStringUTF8(text) is { } v ? $"{v} ({library})" : library;
    }
}
