using System.Diagnostics;

namespace AnimLib.Docs.Tests;

/// <summary>Runs the dotnet command line, as a user would, and fails the test with its output when it fails.</summary>
public static class DotnetCli
{
#if DEBUG
    /// <summary>The configuration this test was built in: packing with --no-build reuses that build.</summary>
    public const string Configuration = "Debug";
#else
    /// <summary>The configuration this test was built in: packing with --no-build reuses that build.</summary>
    public const string Configuration = "Release";
#endif

    public static string Run(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet", args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // The test host's MSBuild variables would otherwise leak into the child build.
        foreach (var key in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" }) psi.Environment.Remove(key);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed ({p.ExitCode}):\n{stdout}\n{stderr.Result}");
        return stdout;
    }

    /// <summary>The user's global packages folder, used as an offline source for the packages AnimLib depends on.</summary>
    public static string GlobalPackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } env ? env
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
