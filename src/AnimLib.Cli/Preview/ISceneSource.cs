namespace AnimLib.Cli.Preview;

/// <summary>Where the preview's scenes come from: a project compiled in process, or a .dll rebuilt by someone else.</summary>
public interface ISceneSource
{
    /// <summary>The folder to watch for changes.</summary>
    string WatchFolder { get; }

    /// <summary>True when a change to <paramref name="path"/> (a full path under <see cref="WatchFolder"/>) calls for a rebuild.</summary>
    bool IsSource(string path);

    /// <summary>The scenes' own dependencies by simple name: the project's packages and build output.</summary>
    IReadOnlyDictionary<string, string> Dependencies { get; }

    /// <summary>Produces the current assembly, or the errors that stop it.</summary>
    CompileResult Build();
}

/// <summary>Picks the source the command line names.</summary>
public static class SceneSources
{
    /// <summary>
    /// The first <c>--assembly</c> file when any is given (reloaded when rebuilt); otherwise the project named by
    /// <c>--project</c> or found in the working folder, compiled in process.
    /// </summary>
    /// <exception cref="SceneAssemblyException">No project there, or its first build failed.</exception>
    public static ISceneSource Open(IReadOnlyList<string> assemblies, string? project, Action<string>? log) =>
        assemblies.Count > 0
            ? new AssemblyFileSource(assemblies[0])
            : new ProjectSource(SceneProject.Open(project ?? Environment.CurrentDirectory, log));
}

/// <summary>A scene project compiled in process on every save (see <see cref="SceneCompiler"/>).</summary>
public sealed class ProjectSource(SceneProject project) : ISceneSource
{
    private readonly SceneCompiler _compiler = new(project);

    /// <summary>The project.</summary>
    public SceneProject Project => project;

    /// <inheritdoc />
    public string WatchFolder => project.Folder;

    /// <inheritdoc />
    public bool IsSource(string path) =>
        path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && !SceneProject.IsBuildOutput(Path.GetRelativePath(project.Folder, path));

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Dependencies { get; } = project.PackageAssemblies().Runtime;

    /// <inheritdoc />
    public CompileResult Build() => _compiler.Compile();
}

/// <summary>A built scene assembly (<c>--assembly</c>): reloaded whenever its file changes, e.g. after <c>dotnet build</c>.</summary>
public sealed class AssemblyFileSource(string path) : ISceneSource
{
    private readonly string _path = Path.GetFullPath(path);

    /// <inheritdoc />
    public string WatchFolder => Path.GetDirectoryName(_path)!;

    /// <inheritdoc />
    public bool IsSource(string path) => string.Equals(Path.GetFullPath(path), _path, StringComparison.Ordinal);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Dependencies =>
        Directory.GetFiles(WatchFolder, "*.dll").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => f, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public CompileResult Build()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (!File.Exists(_path))
            return new CompileResult(null, null, [new CompileError(_path, 1, 1, "ANIMLIB", "the scene assembly does not exist (yet); build the project.")], clock.Elapsed);
        string pdb = Path.ChangeExtension(_path, ".pdb");
        return new CompileResult(File.ReadAllBytes(_path), File.Exists(pdb) ? File.ReadAllBytes(pdb) : null, [], clock.Elapsed);
    }
}
