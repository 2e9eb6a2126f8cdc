using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>
/// Inside a scene project whose sources are newer than its build (or that was never built), render builds it first; a
/// failed build stops with its errors and exit code 1; --no-build renders the last build, with a warning. The CLI runs in
/// its own process each time, as a fresh process is what loads the rebuilt assembly.
/// </summary>
public sealed class ProjectBuildTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-build-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // A minimal scene project: the AnimLib the tests were built with, referenced as a file so nothing else is built.
    private void WriteProject() => File.WriteAllText(Path.Combine(_dir, "Lesson.csproj"), $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="AnimLib.Core" HintPath="{typeof(Scene).Assembly.Location}" Private="false" />
          </ItemGroup>
        </Project>
        """);

    private void WriteScene(string name, string body = "Wait(0.5);") => File.WriteAllText(Path.Combine(_dir, name + ".cs"), $$"""
        using AnimLib;
        public sealed class {{name}} : AnimLib.Scenes.Scene
        {
            protected override void Construct() { {{body}} }
        }
        """);

    private (int Code, string Out, string Err) Animlib(params string[] args) => CliProcess.RunCommand(args,
        new Dictionary<string, string?>
        {
            // Only this project's scenes; and the test host's MSBuild variables would leak into the CLI's build.
            [SceneAssemblyVariable.Name] = null,
            ["MSBuildExtensionsPath"] = null,
            ["MSBuildSDKsPath"] = null,
            ["MSBUILD_EXE_PATH"] = null,
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        }, _dir);

    [Fact]
    public void RenderBuildsTheProjectWhenItsSourcesAreNewerThanItsBuild()
    {
        WriteProject();
        WriteScene("FirstScene");
        var (code, stdout, err) = Animlib("render", "FirstScene", "--dry-run");
        Assert.True(code == 0, $"{stdout}\n{err}");
        Assert.Contains("Building Lesson.csproj (Debug): it has not been built yet.", stdout);
        Assert.Contains("Dry run of FirstScene", stdout);

        // A scene added since the build is known at once: the project is built again first. list builds too (its
        // progress on stderr, the names alone on stdout).
        WriteScene("SecondScene");
        (code, stdout, err) = Animlib("list", "--names");
        Assert.True(code == 0, $"{stdout}\n{err}");
        Assert.Contains("Building Lesson.csproj (Debug): its sources changed since its last build.", err);
        Assert.Equal(["FirstScene", "SecondScene"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        // --no-build keeps the last build, and says it is older than the sources.
        WriteScene("ThirdScene");
        (code, _, err) = Animlib("render", "ThirdScene", "--dry-run", "--no-build");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("is older than your latest source edit", err);
        Assert.Contains("unknown scene 'ThirdScene'", err);

        // A build that fails shows the compiler's errors and stops, rendering nothing.
        WriteScene("BrokenScene", "Wait(;");
        (code, stdout, err) = Animlib("render", "ThirdScene", "--dry-run");
        Assert.Equal(ExitCodes.RenderFailed, code);
        Assert.Contains("error CS", err);
        Assert.Contains("BrokenScene.cs", err);
        Assert.Contains("building Lesson.csproj failed", err);
        Assert.Contains("--no-build", err);
        Assert.DoesNotContain("Dry run", stdout);
    }
}
