using System.Diagnostics;

namespace AnimLib.Cli.Tests.Support;

/// <summary>Runs <c>animlib render</c> as a child process, for tests that need their own environment or a second process.</summary>
public static class CliProcess
{
    /// <summary>The CLI built beside the tests.</summary>
    public static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "animlib.dll");

    /// <summary>Starts <c>animlib render &lt;args&gt; --assembly &lt;tests&gt; --progress none</c> with extra environment variables.</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Cli, "render" }.Concat(args).Concat(["--assembly", CliRunner.TestAssembly, "--progress", "none"]))
            psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        return Process.Start(psi)!;
    }

    /// <summary>Waits for a started render; returns its exit code, stdout and stderr.</summary>
    public static (int Code, string Out, string Err) Wait(Process process)
    {
        var err = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        int code = process.ExitCode;
        process.Dispose();
        return (code, output, err.Result);
    }

    /// <summary>Runs a render to the end.</summary>
    public static (int Code, string Out, string Err) Run(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null) =>
        Wait(Start(args, environment));
}
