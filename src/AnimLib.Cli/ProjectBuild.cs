using System.CommandLine;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace AnimLib.Cli;

/// <summary>
/// Builds the scene project in the working folder (<c>dotnet build</c>) when it was never built or its sources changed
/// since, so that <c>animlib render</c> and <c>animlib list</c> see the code as it is now. <c>--no-build</c> skips it.
/// </summary>
public static class ProjectBuild
{
    /// <summary>The <c>--no-build</c> flag of the commands that load the project's scenes.</summary>
    public static Option<bool> CreateOption() => new("--no-build")
    {
        Description = "Do not build the project in the working folder first, even when its sources changed since its last build (that build is used, with a warning).",
    };

    /// <summary>Runs <c>dotnet build</c> on <paramref name="project"/> in its configuration; its output is shown only when it fails.</summary>
    /// <param name="project">The project, as <see cref="ProjectAssembly.Find"/> found it.</param>
    /// <param name="log">Receives a line as the build starts and one when it is done.</param>
    /// <param name="cancellation">Stops the build (the process is killed).</param>
    /// <exception cref="ProjectBuildException">The build failed or could not start.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired.</exception>
    public static void Run(ProjectState project, Action<string> log, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(log);
        string name = Path.GetFileName(project.Project);
        string why = project.Dll is null ? "it has not been built yet" : "its sources changed since its last build";
        log($"Building {name} ({project.Configuration}): {why}. Pass --no-build to skip this.");
        var clock = Stopwatch.StartNew();
        var psi = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(project.Project))!,
        };
        foreach (var a in new[] { "build", project.Project, "-c", project.Configuration, "-nologo", "-v", "quiet", "-tl:off" })
            psi.ArgumentList.Add(a);

        var output = new StringBuilder();
        int open = 2;
        var outputDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is not null) lock (output) output.AppendLine(e.Data);
            else if (Interlocked.Decrement(ref open) == 0) outputDone.TrySetResult();
        };
        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (Win32Exception e)
        {
            throw new ProjectBuildException(
                $"could not run `dotnet build` for {name} ({e.Message}): install the .NET SDK, or pass --no-build to use its last build.", "", e);
        }
        using (process)
        {
            process.OutputDataReceived += collect;
            process.ErrorDataReceived += collect;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            // A finite wait: a build server the build started may keep the output pipes open long after the build ends.
            while (!process.WaitForExit(100))
            {
                if (!cancellation.IsCancellationRequested) continue;
                process.Kill(entireProcessTree: true);
                cancellation.ThrowIfCancellationRequested();
            }
            outputDone.Task.Wait(TimeSpan.FromSeconds(2), CancellationToken.None);
            string text;
            lock (output) text = output.ToString();
            if (process.ExitCode != 0)
                throw new ProjectBuildException(
                    $"building {name} failed (dotnet build exited with code {process.ExitCode}): fix the errors above and run again, or pass --no-build to use its last build.",
                    text);
        }
        log($"Built {name} in {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>The dotnet executable running this tool when there is one (a framework-dependent run), else <c>dotnet</c> from PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
}
