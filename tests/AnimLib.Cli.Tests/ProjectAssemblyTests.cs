using AnimLib.Cli.Tests.Support;

namespace AnimLib.Cli.Tests;

/// <summary>Inside a scene project, its built assembly is found without --assembly.</summary>
public sealed class ProjectAssemblyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("animlib-project-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void FindsTheBuiltAssemblyOfTheProjectHere()
    {
        File.WriteAllText(Path.Combine(_dir, "Lesson.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>");
        var warnings = new List<string>();
        Assert.Empty(ProjectAssembly.Resolve([], _dir, warnings.Add));
        Assert.Contains(warnings, w => w.Contains("dotnet build"));

        string scene = Path.Combine(_dir, "MyScene.cs");
        File.WriteAllText(scene, "// a scene");
        File.SetLastWriteTimeUtc(scene, DateTime.UtcNow.AddMinutes(-5));
        string bin = Directory.CreateDirectory(Path.Combine(_dir, "bin", "Debug", "net10.0")).FullName;
        string dll = Path.Combine(bin, "Lesson.dll");
        File.Copy(CliRunner.TestAssembly, dll);
        File.SetLastWriteTimeUtc(dll, DateTime.UtcNow);
        warnings.Clear();
        Assert.Equal([dll], ProjectAssembly.Resolve([], _dir, warnings.Add));
        Assert.Empty(warnings);

        // An edit after the build is flagged.
        File.SetLastWriteTimeUtc(scene, DateTime.UtcNow.AddMinutes(5));
        ProjectAssembly.Resolve([], _dir, warnings.Add);
        Assert.Contains(warnings, w => w.Contains("older than your latest source edit"));
    }

    [Fact]
    public void ExplicitAssembliesAndFoldersWithoutOneProjectAreLeftAlone()
    {
        Assert.Equal(["x.dll"], ProjectAssembly.Resolve(["x.dll"], _dir));
        Assert.Empty(ProjectAssembly.Resolve([], _dir));
        File.WriteAllText(Path.Combine(_dir, "A.csproj"), "<Project/>");
        File.WriteAllText(Path.Combine(_dir, "B.csproj"), "<Project/>");
        Assert.Empty(ProjectAssembly.Resolve([], _dir));
    }
}
