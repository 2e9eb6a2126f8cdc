using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using AnimLib.Encoding;
using SkiaSharp;

namespace AnimLib.Cli;

/// <summary><c>animlib checkhealth</c>: finds the programs and libraries AnimLib uses and says how to install what is missing.</summary>
public static class CheckHealthCommand
{
    /// <summary>The generic family for monospaced text; the font manager (fontconfig on Linux) maps it to an installed face.</summary>
    private const string MonospaceFamily = "monospace";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("checkhealth", "Check for ffmpeg, ffprobe, Skia, HarfBuzz, fonts, latex and dvisvgm; print versions and what to install.");
        command.SetAction(_ => Run(Console.Out));
        return command;
    }

    /// <summary>One dependency's state.</summary>
    /// <param name="Name">What was looked for.</param>
    /// <param name="Version">Its version line, or null when missing.</param>
    /// <param name="Install">The command that installs it (Debian's for system packages).</param>
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
        new("ffmpeg", Tool(FfmpegTools.TryFindFfmpeg()), $"sudo apt-get install ffmpeg (or set {FfmpegTools.FfmpegEnvironmentVariable})", "video encoding"),
        new("ffprobe", Tool(FfmpegTools.TryFindFfprobe()), $"sudo apt-get install ffmpeg (or set {FfmpegTools.FfprobeEnvironmentVariable})", "video inspection"),
        // SkiaSharp's Linux library links fontconfig; the library itself comes with the SkiaSharp.NativeAssets package.
        new("skia", Skia(), "sudo apt-get install libfontconfig1", "rasterizing frames"),
        // HarfBuzzSharp's library depends on nothing beyond libc: a load failure means its NativeAssets package is missing.
        new("harfbuzz", HarfBuzz(), "dotnet restore (HarfBuzzSharp.NativeAssets brings libHarfBuzzSharp)", "shaping Text"),
        new(Text.DefaultFont, Font(Text.DefaultFont, exact: true), "sudo apt-get install fonts-cmu", "Text's default face"),
        new(MonospaceFamily, Font(MonospaceFamily, exact: false), "sudo apt-get install fontconfig fonts-dejavu-core", "monospaced text"),
        new("latex", FirstLine("latex", "--version"), "sudo apt-get install texlive-latex-base texlive-latex-recommended texlive-fonts-recommended", "Tex and TexText"),
        new("dvisvgm", FirstLine("dvisvgm", "--version"), "sudo apt-get install dvisvgm", "Tex and TexText"),
    ];

    /// <summary>The tool's version (its first <c>-version</c> line, without the copyright) and where it is.</summary>
    private static string? Tool(string? path)
    {
        if (path is null) return null;
        var line = FfmpegTools.VersionLine(path);
        if (line is null) return null;
        int copyright = line.IndexOf(" Copyright", StringComparison.Ordinal);
        return $"{(copyright > 0 ? line[..copyright] : line)} ({path})";
    }

    private static string? Skia()
    {
        try
        {
            var native = SkiaSharpVersion.Native;
            // A library older than the managed binding fails later, at some missing entry point; say so here instead.
            return SkiaSharpVersion.CheckNativeLibraryCompatible(throwIfIncompatible: false)
                ? $"{native} (libSkiaSharp loaded)"
                : null;
        }
        catch (Exception ex) when (IsLoadFailure(ex))
        {
            return null;
        }
    }

    private static unsafe string? HarfBuzz()
    {
        try
        {
            // Creating a buffer loads the native library the way text shaping does.
            using var buffer = new HarfBuzzSharp.Buffer();
            var binding = typeof(HarfBuzzSharp.Buffer).Assembly;
            string package = binding.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
                             ?? binding.GetName().Version?.ToString() ?? "?";
            if (NativeLibrary.TryLoad("libHarfBuzzSharp", binding, null, out var handle)
                && NativeLibrary.TryGetExport(handle, "hb_version_string", out var fn)
                && Marshal.PtrToStringUTF8(((delegate* unmanaged<IntPtr>)fn)()) is { } version)
                return $"{version} (HarfBuzzSharp {package} loaded)";
            return $"HarfBuzzSharp {package} loaded";
        }
        catch (Exception ex) when (IsLoadFailure(ex))
        {
            return null;
        }
    }

    /// <summary>
    /// The face Skia picks for <paramref name="family"/>. With <paramref name="exact"/> a stand-in face (Skia's fallback
    /// when the family is not installed) counts as missing; a generic name such as <c>monospace</c> always maps to some other family.
    /// </summary>
    private static string? Font(string family, bool exact)
    {
        try
        {
            using var face = SKFontManager.Default.MatchFamily(family);
            if (face is null) return null;
            if (exact) return string.Equals(face.FamilyName, family, StringComparison.OrdinalIgnoreCase) ? $"{face.FamilyName} found" : null;
            return $"{face.FamilyName} ({family})";
        }
        catch (Exception ex) when (IsLoadFailure(ex))
        {
            return null;
        }
    }

    private static bool IsLoadFailure(Exception ex) =>
        ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or TypeInitializationException;

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
}
