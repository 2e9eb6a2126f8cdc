using System.Diagnostics;
using System.Text.Json;

namespace AnimLib.Cli.Preview;

/// <summary>
/// A scene project on disk as the preview compiles it: its sources, and the references of its last build (the build
/// output folder holds every package the project uses, so references other than AnimLib keep working).
/// </summary>
public sealed class SceneProject
{
    private SceneProject(string projectFile, string assemblyName, string outputFolder, string? generatedUsings)
    {
        ProjectFile = projectFile;
        Folder = Path.GetDirectoryName(projectFile)!;
        AssemblyName = assemblyName;
        OutputFolder = outputFolder;
        GeneratedUsings = generatedUsings;
    }

    /// <summary>The .csproj file.</summary>
    public string ProjectFile { get; }

    /// <summary>The project's folder: its sources are the .cs files under it, bin/ and obj/ left out.</summary>
    public string Folder { get; }

    /// <summary>The assembly the project builds (its <c>AssemblyName</c>, else the file name).</summary>
    public string AssemblyName { get; }

    /// <summary>The folder of the last build's .dll (its other .dll files are references, with the restore's packages).</summary>
    public string OutputFolder { get; }

    /// <summary>
    /// The build's generated global usings (implicit usings and AnimLib's), compiled with the sources so that a file
    /// compiles here exactly as in <c>dotnet build</c>; null when the project has none.
    /// </summary>
    public string? GeneratedUsings { get; }

    /// <summary>
    /// The project's package assemblies from its last restore (obj/project.assets.json): the compile-time references
    /// and, by simple name, the run-time files. A library project's build does not copy its packages into bin/, so the
    /// restore is where they are found; the build output adds project references and anything copied there.
    /// </summary>
    public (IReadOnlyList<string> Compile, IReadOnlyDictionary<string, string> Runtime) PackageAssemblies()
    {
        var compile = new List<string>();
        var runtime = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var dll in Directory.GetFiles(OutputFolder, "*.dll").Order(StringComparer.Ordinal))
        {
            string simple = Path.GetFileNameWithoutExtension(dll);
            if (simple == AssemblyName) continue;
            compile.Add(dll);
            runtime[simple] = dll;
        }
        string assets = Path.Combine(Folder, "obj", "project.assets.json");
        if (!File.Exists(assets)) return (compile, runtime);
        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        var root = document.RootElement;
        var folders = root.TryGetProperty("packageFolders", out var pf) ? pf.EnumerateObject().Select(p => p.Name).ToList() : [];
        if (!root.TryGetProperty("targets", out var targets) || !root.TryGetProperty("libraries", out var libraries)) return (compile, runtime);
        // The target without a runtime identifier ("net10.0"), as a plain build uses.
        var target = targets.EnumerateObject().FirstOrDefault(t => !t.Name.Contains('/', StringComparison.Ordinal));
        if (target.Value.ValueKind != JsonValueKind.Object) return (compile, runtime);
        var inBin = compile.Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var library in target.Value.EnumerateObject())
        {
            if (!library.Value.TryGetProperty("type", out var type) || type.GetString() != "package") continue;
            if (!libraries.TryGetProperty(library.Name, out var info) || !info.TryGetProperty("path", out var pathElement)) continue;
            string? folder = folders.Select(f => Path.Combine(f, pathElement.GetString()!)).FirstOrDefault(Directory.Exists);
            if (folder is null) continue;
            foreach (var (kind, list) in new[] { ("compile", (List<string>?)compile), ("runtime", null) })
            {
                if (!library.Value.TryGetProperty(kind, out var files)) continue;
                foreach (var file in files.EnumerateObject())
                {
                    // "_._" marks a framework that needs nothing from the package.
                    if (!file.Name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)) continue;
                    string full = Path.Combine(folder, file.Name.Replace('/', Path.DirectorySeparatorChar));
                    if (!File.Exists(full)) continue;
                    if (list is not null && !inBin.Contains(Path.GetFileName(full))) list.Add(full);
                    if (list is null) runtime.TryAdd(Path.GetFileNameWithoutExtension(full), full);
                }
            }
        }
        return (compile, runtime);
    }

    /// <summary>The project's .cs files now (bin/ and obj/ excluded), sorted.</summary>
    public IReadOnlyList<string> Sources() =>
        Directory.EnumerateFiles(Folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(Folder, f)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>True for a path (relative to the project folder) inside bin/ or obj/.</summary>
    public static bool IsBuildOutput(string relative)
    {
        string first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    /// <summary>
    /// Opens the single project in <paramref name="folderOrProject"/> (a folder, or the .csproj itself). Without a build,
    /// <c>dotnet build</c> is run once, through <paramref name="log"/>, to restore the packages and lay out the references.
    /// </summary>
    /// <exception cref="SceneAssemblyException">No single project there, or its build failed.</exception>
    public static SceneProject Open(string folderOrProject, Action<string>? log = null)
    {
        string projectFile;
        if (File.Exists(folderOrProject) && folderOrProject.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            projectFile = Path.GetFullPath(folderOrProject);
        else if (Directory.Exists(folderOrProject))
        {
            var projects = Directory.GetFiles(folderOrProject, "*.csproj");
            if (projects.Length != 1)
                throw new SceneAssemblyException(projects.Length == 0
                    ? $"no .csproj in '{Path.GetFullPath(folderOrProject)}'. Run animlib preview in a scene project's folder (dotnet new animlib-scenes makes one), or pass --project or --assembly."
                    : $"{projects.Length} projects in '{Path.GetFullPath(folderOrProject)}'; name one with --project.");
            projectFile = Path.GetFullPath(projects[0]);
        }
        else throw new SceneAssemblyException($"--project '{folderOrProject}' is neither a folder nor a .csproj file.");

        string name = ProjectAssembly.AssemblyName(projectFile);
        string folder = Path.GetDirectoryName(projectFile)!;
        var output = FindOutput(folder, name);
        if (output is null)
        {
            log?.Invoke($"{Path.GetFileName(projectFile)} has no build yet: running `dotnet build` once for its references...");
            Build(projectFile);
            output = FindOutput(folder, name)
                     ?? throw new SceneAssemblyException($"`dotnet build` of {projectFile} wrote no {name}.dll under bin/.");
        }
        return new SceneProject(projectFile, name, output, FindGeneratedUsings(folder, name, output));
    }

    private static string? FindOutput(string folder, string name) =>
        ProjectAssembly.BuiltAssembly(folder, name) is { } dll ? Path.GetDirectoryName(dll) : null;

    // bin/Debug/net10.0 pairs with obj/Debug/net10.0, where MSBuild writes <Name>.GlobalUsings.g.cs.
    private static string? FindGeneratedUsings(string folder, string name, string output)
    {
        string relative = Path.GetRelativePath(Path.Combine(folder, "bin"), output);
        string file = Path.Combine(folder, "obj", relative, name + ".GlobalUsings.g.cs");
        return File.Exists(file) ? file : null;
    }

    private static void Build(string projectFile)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "build", projectFile, "-nologo", "-v", "quiet" }) psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new SceneAssemblyException("could not start `dotnet build`; is the .NET SDK on PATH?");
        var err = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new SceneAssemblyException($"`dotnet build {projectFile}` failed (exit {process.ExitCode}):\n{output}{err.Result}");
    }
}
