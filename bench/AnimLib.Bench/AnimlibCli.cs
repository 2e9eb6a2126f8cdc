using System.Diagnostics;
using System.Globalization;

namespace AnimLib.Bench;

/// <summary>
/// Runs the built <c>animlib</c> command on the bench's scenes, one process at a time, and measures each run as a whole:
/// wall time, CPU time of the command and every ffmpeg it started, and peak memory.
/// </summary>
/// <param name="cliDll">The built <c>animlib.dll</c>.</param>
/// <param name="quality">Resolution and frame rate of every run.</param>
/// <param name="encoderArguments"><c>--preset</c>/<c>--crf</c> overrides, or none for the renderer's defaults.</param>
internal sealed class AnimlibCli(string cliDll, BenchQuality quality, IReadOnlyList<string> encoderArguments)
{
    /// <summary>Runs <c>animlib render <paramref name="scene"/> ARGUMENTS</c> in <paramref name="workingFolder"/>; throws with its output when it fails.</summary>
    public CliRun Render(string scene, string workingFolder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // A folder of the run's own: no animlib.json of the repository's or the user's working folder applies.
            WorkingDirectory = workingFolder,
        };
        string cliQuality = quality.Name[..quality.Name.IndexOf('p')] + "p";
        // The tool carries no scenes: the bench's own and those of AnimLib.Scenes (the reference workload) are passed.
        foreach (string a in (string[])[cliDll, "render", scene, "--assembly", typeof(AnimlibCli).Assembly.Location,
                     "--assembly", typeof(AnimLib.Scenes.SceneAssemblyMarker).Assembly.Location,
                     "--quality", cliQuality, "--fps", quality.Fps.ToString(CultureInfo.InvariantCulture),
                     "--progress", "none", .. arguments, .. encoderArguments])
            start.ArgumentList.Add(a);
        string command = $"animlib {string.Join(' ', start.ArgumentList.Skip(1))}";

        double cpuBefore = Measure.CpuSeconds().Children;
        var clock = Stopwatch.StartNew();
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start: {command}");
        string stdout;
        Task<string> stderr;
        using (var memory = new ProcessTreeMemoryProbe(child.Id))
        {
            stderr = child.StandardError.ReadToEndAsync();
            stdout = child.StandardOutput.ReadToEnd();
            // Its output is closed, so it is exiting: one last look before it is waited for and its /proc entry goes.
            memory.Sample();
            child.WaitForExit();
            clock.Stop();
            if (child.ExitCode != 0)
                throw new InvalidOperationException($"{command}\nfailed (exit {child.ExitCode}):\n{stderr.Result}{stdout}");
            // Children's CPU counts once they are waited for: the command and, through it, every ffmpeg it ran.
            double cpu = Math.Round(Measure.CpuSeconds().Children - cpuBefore, 2); // clock ticks, 1/100 s
            return new CliRun(clock.Elapsed.TotalSeconds, cpu, memory.OwnPeakMib, memory.ChildPeakMib, memory.TreePeakMib, stdout);
        }
    }
}

/// <summary>One measured run of the command.</summary>
/// <param name="WallSeconds">Start to exit, as this process sees it.</param>
/// <param name="CpuSeconds">User + system time of the command and of every ffmpeg it ran.</param>
/// <param name="PeakRssMib">The command's own peak resident memory.</param>
/// <param name="FfmpegPeakRssMib">The largest peak of any one of its ffmpeg processes (0 when it started none).</param>
/// <param name="TreePeakRssMib">The most that the command and its ffmpeg processes held together at one moment.</param>
/// <param name="Output">Its standard output.</param>
internal sealed record CliRun(double WallSeconds, double CpuSeconds, double PeakRssMib, double FfmpegPeakRssMib, double TreePeakRssMib,
    [property: System.Text.Json.Serialization.JsonIgnore] string Output);
