using System.IO.Compression;
using AnimLib.Cli.Tests;
using AnimLib.Cli;

namespace AnimLib.Docs.Tests;

/// <summary>
/// The packages a user installs: the AnimLib library, the animlib tool, and the animlib-scenes template, which must
/// build and render out of the box.
/// </summary>
public sealed class PackagingTests
{
    [Fact]
    public void ToolPackageInstallsTheAnimlibCommand()
    {
        string dir = Directory.CreateTempSubdirectory("animlib-pack-").FullName;
        try
        {
            DotnetCli.Run(RepoPaths.Root, "pack", "src/AnimLib.Cli/AnimLib.Cli.csproj", "--no-build", "-c", DotnetCli.Configuration, "-o", dir);
            string nupkg = Assert.Single(Directory.GetFiles(dir, "AnimLib.Cli.*.nupkg"));
            using var zip = ZipFile.OpenRead(nupkg);
            var settings = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
            using var reader = new StreamReader(settings.Open());
            string xml = reader.ReadToEnd();
            Assert.Contains("<Command Name=\"animlib\"", xml);
            // The tool carries no scenes: the demo and chapter scenes, and the package only they use, stay in the repository
            // (./animlib passes them through ANIMLIB_SCENE_ASSEMBLIES).
            Assert.DoesNotContain(zip.Entries, e => e.Name == "AnimLib.Scenes.dll");
            Assert.DoesNotContain(zip.Entries, e => e.Name == "MathNet.Numerics.dll");
            AssertHasReadme(zip, "# The `animlib` command");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void TemplateBuildsAndRendersAt480p()
    {
        string dir = Directory.CreateTempSubdirectory("animlib-template-").FullName;
        try
        {
            string packages = Path.Combine(dir, "packages");
            DotnetCli.Run(RepoPaths.Root, "pack", "src/AnimLib.Core/AnimLib.Core.csproj", "--no-build", "-c", DotnetCli.Configuration, "-o", packages);
            using (var library = ZipFile.OpenRead(Assert.Single(Directory.GetFiles(packages, "AnimLib.0.*.nupkg"))))
                AssertHasReadme(library, "# AnimLib");

            // The template is installed from its package, as users get it (NuGet drops dot-files unless told not to).
            string templates = Path.Combine(dir, "templates");
            DotnetCli.Run(RepoPaths.Root, "pack", "templates/AnimLib.Templates.csproj", "-c", DotnetCli.Configuration, "-o", templates, "-nologo");
            string templatePackage = Assert.Single(Directory.GetFiles(templates, "AnimLib.Templates.*.nupkg"));
            using (var zip = ZipFile.OpenRead(templatePackage))
            {
                AssertHasReadme(zip, "# AnimLib");
                Assert.Contains(zip.Entries, e => e.FullName == "content/animlib-scenes/.gitignore");
            }

            // A private template hive, so the test neither needs nor changes the user's installed templates.
            string hive = Path.Combine(dir, "hive");
            DotnetCli.Run(dir, "new", "install", templatePackage, "--debug:custom-hive", hive);
            DotnetCli.Run(dir, "new", "animlib-scenes", "-o", "Lesson", "--debug:custom-hive", hive);
            string project = Path.Combine(dir, "Lesson");
            Assert.True(File.Exists(Path.Combine(project, "Lesson.csproj")), "the project is named after its folder");
            Assert.Contains("namespace Lesson;", File.ReadAllText(Path.Combine(project, "MyScene.cs")));
            Assert.Contains("bin/Debug/net10.0/Lesson.dll", File.ReadAllText(Path.Combine(project, "README.md")));
            // The project keeps its build output and renders out of version control.
            string gitignore = Path.Combine(project, ".gitignore");
            Assert.True(File.Exists(gitignore), "dotnet new dropped the template's .gitignore");
            Assert.Equal(["bin/", "obj/", "media/"], File.ReadAllLines(gitignore).Where(l => l.Length > 0));

            // A private package cache, so the freshly packed AnimLib is used rather than an older copy of the same version.
            DotnetCli.Run(project, "build", "--source", packages, "--source", DotnetCli.GlobalPackages,
                "--packages", Path.Combine(dir, "nuget-cache"), "-nologo", "-v", "quiet");
            string dll = Path.Combine(project, "bin", "Debug", "net10.0", "Lesson.dll");
            Assert.True(File.Exists(dll), $"{dll} was not built");

            string mp4 = Path.Combine(dir, "MyScene.mp4");
            int code = Program.Main(["render", "MyScene", "--assembly", dll, "-q", "480p", "-o", mp4, "--disable-caching"]);
            Assert.Equal(0, code);
            var probe = VideoProbe.Of(mp4);
            Assert.Equal(("h264", 854, 480), (probe.Codec, probe.Width, probe.Height));
            Assert.True(probe.Duration > 3, $"the template scene lasts only {probe.Duration} s");

            // `animlib preview` in the template project (as docs/getting-started.md shows it): compiled in process from
            // the project's own build references, at 480p15.
            var errors = new List<string>();
            var settings = AnimLib.Cli.RenderSettings.Resolve(AnimLib.Cli.ConfigLocations.None,
                [AnimLib.Cli.SettingLayer.CommandLine.With(AnimLib.Cli.CliSettings.Quality, "480p")
                    .With(AnimLib.Cli.CliSettings.MediaDir, Path.Combine(dir, "media"))], errors)!;
            var source = new AnimLib.Cli.Preview.ProjectSource(AnimLib.Cli.Preview.SceneProject.Open(project));
            using var session = new AnimLib.Cli.Preview.PreviewSession(source, settings, settings, null);
            var state = session.Rebuild();
            Assert.Null(state.Error);
            Assert.Equal("MyScene", state.Scene);
            Assert.Equal(5, state.Animations.Count);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    /// <summary>The package carries the readme its nuspec names (nuget.org shows it), and it is the expected one.</summary>
    private static void AssertHasReadme(ZipArchive package, string firstLine)
    {
        var nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using (var reader = new StreamReader(nuspec.Open()))
            Assert.Contains("<readme>README.md</readme>", reader.ReadToEnd());
        var readme = package.GetEntry("README.md");
        Assert.NotNull(readme);
        using var text = new StreamReader(readme.Open());
        Assert.StartsWith(firstLine, text.ReadLine());
    }
}
