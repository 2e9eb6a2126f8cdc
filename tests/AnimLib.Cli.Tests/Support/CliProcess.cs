using System.Diagnostics;

namespace AnimLib.Cli.Tests.Support;

/// <summary>Runs <c>animlib render</c> as a child process, for tests that need their own environment or a second process.</summary>
public static class CliProcess
{
    /// <summary>The CLI built beside the tests.</summary>
    public static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "animlib.dll");

    /// <summary>Starts <c>animlib render &lt;args&gt; --assembly &lt;tests&gt; --progress none</c> with extra environment variables.</summary>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null) =>
        StartCommand(new[] { "render" }.Concat(args).Concat(["--assembly", CliRunner.TestAssembly, "--progress", "none"]),
            environment?.ToDictionary(kv => kv.Key, kv => (string?)kv.Value));

    /// <summary>
    /// Starts <c>animlib &lt;args&gt;</c> as given, in <paramref name="workingDirectory"/> (this process's by default); an
    /// <paramref name="environment"/> value of null removes that variable.
    /// </summary>
    public static Process StartCommand(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        foreach (var a in new[] { Cli }.Concat(args)) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) psi.Environment.Remove(name);
            else psi.Environment[name] = value;
        }
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

    /// <summary>Runs <c>animlib &lt;args&gt;</c> to the end (see <see cref="StartCommand"/>).</summary>
    public static (int Code, string Out, string Err) RunCommand(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null) =>
        Wait(StartCommand(args, environment, workingDirectory));
}
