using AnimLib.Cli.Preview;

namespace AnimLib.Cli.Tests.Support;

/// <summary>
/// A scene project in a temporary folder laid out as after `dotnet build` (bin/Debug/net10.0 with AnimLib, obj with the
/// generated global usings), without running the build: what the preview reads of a build, at no build's cost.
/// </summary>
public sealed class PreviewProject : IDisposable
{
    public const string Name = "PreviewScenes";
    private int _edits;

    public PreviewProject(string scenes)
    {
        Folder = Path.Combine(Path.GetTempPath(), "animlib-preview-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, Name + ".csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        string bin = Path.Combine(Folder, "bin", "Debug", "net10.0");
        Directory.CreateDirectory(bin);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "AnimLib.Core.dll"), Path.Combine(bin, "AnimLib.Core.dll"));
        // The project's own last build: its content does not matter to the preview, only that there was one.
        File.WriteAllBytes(Path.Combine(bin, Name + ".dll"), []);
        string obj = Path.Combine(Folder, "obj", "Debug", "net10.0");
        Directory.CreateDirectory(obj);
        File.WriteAllText(Path.Combine(obj, Name + ".GlobalUsings.g.cs"), string.Join('\n',
            new[] { "System", "System.Collections.Generic", "System.Linq" }.Concat(PackageUsings()).Select(n => $"global using global::{n};")));
        Write(scenes);
    }

    public string Folder { get; }

    /// <summary>The namespaces AnimLib's package imports into a scene project, read from the file it ships.</summary>
    private static IEnumerable<string> PackageUsings()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AnimLib.sln"))) dir = dir.Parent;
        string props = Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("AnimLib.sln not found above the tests"),
            "src", "AnimLib.Core", "buildTransitive", "AnimLib.props");
        return System.Xml.Linq.XDocument.Load(props).Descendants("Using").Select(u => (string)u.Attribute("Include")!);
    }

    public string SceneFile => Path.Combine(Folder, "Scenes.cs");

    public string MediaDir => Path.Combine(Folder, "media");

    /// <summary>Saves the scene file, as an editor would.</summary>
    public void Write(string text)
    {
        File.WriteAllText(SceneFile, text);
        // Every save gets a later time stamp, as real edits seconds apart do.
        File.SetLastWriteTimeUtc(SceneFile, DateTime.UtcNow.AddSeconds(++_edits));
    }

    /// <summary>A session on this project at <paramref name="width"/>x<paramref name="height"/>, stills at the same size.</summary>
    public (PreviewSession Session, ProjectSource Source) Session(int width = 160, int height = 90, int fps = 10)
    {
        var flags = SettingLayer.CommandLine.With(CliSettings.Resolution, $"{width},{height}").With(CliSettings.Fps, $"{fps}")
            .With(CliSettings.MediaDir, MediaDir);
        var errors = new List<string>();
        var preview = RenderSettings.Resolve(ConfigLocations.None, [PreviewCommand.PreviewDefaults, flags], errors)
                      ?? throw new InvalidOperationException(string.Join("; ", errors));
        var source = new ProjectSource(SceneProject.Open(Folder));
        return (new PreviewSession(source, preview, preview, null), source);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
