using System.Xml.Linq;

namespace AnimLib.Cli;

/// <summary>
/// Finds the scenes of the project in the working folder, so that inside a scene project (such as one made by
/// <c>dotnet new animlib-scenes</c>) <c>animlib render MyScene</c> works without <c>--assembly</c>.
/// </summary>
public static class ProjectAssembly
{
    /// <summary>
    /// The assemblies to load: <paramref name="given"/> when any were passed; otherwise the build output of the single
    /// .csproj in <paramref name="folder"/> (the newest of bin/Debug and bin/Release), if it has been built. A build older
    /// than the newest source file gets a warning through <paramref name="warn"/>.
    /// </summary>
    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> given, string folder, Action<string>? warn = null)
    {
        if (given.Count > 0 || Find(folder) is not { } project) return given;
        if (project.Dll is null)
        {
            warn?.Invoke($"{Path.GetFileName(project.Project)} is here but not built, so its scenes are not known; run `dotnet build` first.");
            return given;
        }
        if (project.Stale)
            warn?.Invoke($"{Path.GetRelativePath(folder, project.Dll)} is older than your latest source edit; run `dotnet build` (or leave out --no-build) to render the current code.");
        return [project.Dll];
    }

    /// <summary>
    /// As <see cref="Resolve(IReadOnlyList{string}, string, Action{string}?)"/>, but a project that was never built, or
    /// whose sources are newer than its build, is built first (<see cref="ProjectBuild.Run"/>), so that the current code runs.
    /// </summary>
    /// <param name="given">The <c>--assembly</c> files; when any are given, nothing is built.</param>
    /// <param name="folder">The working folder.</param>
    /// <param name="log">Receives the lines saying a build starts and how it ended.</param>
    /// <param name="cancellation">Stops the build.</param>
    /// <exception cref="ProjectBuildException">The build failed; the exception holds its output.</exception>
    public static IReadOnlyList<string> ResolveBuilt(IReadOnlyList<string> given, string folder, Action<string> log,
        CancellationToken cancellation = default)
    {
        if (given.Count > 0 || Find(folder) is not { } project) return given;
        if (project.Dll is null || project.Stale)
        {
            ProjectBuild.Run(project, log, cancellation);
            project = Find(folder)!;
            if (project.Dll is null)
                throw new ProjectBuildException(
                    $"{Path.GetFileName(project.Project)} was built but no {project.AssemblyName}.dll is under bin/Debug or bin/Release; pass the .dll with --assembly.", "");
        }
        return [project.Dll];
    }

    /// <summary>The single .csproj of <paramref name="folder"/> and the state of its build; null when there is not exactly one.</summary>
    public static ProjectState? Find(string folder)
    {
        var projects = Directory.GetFiles(folder, "*.csproj");
        if (projects.Length != 1) return null;
        string project = projects[0];
        string name = AssemblyName(project);
        if (BuiltAssembly(folder, name) is not { } dll) return new ProjectState(project, name, null, "Debug", false);
        // The configuration the build came from: a rebuild keeps it.
        string configuration = dll.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        // The project file counts as a source too: a new package or setting changes the build.
        var newestSource = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Append(project)
            .Select(File.GetLastWriteTimeUtc)
            .Max();
        return new ProjectState(project, name, dll, configuration, newestSource > File.GetLastWriteTimeUtc(dll));
    }

    /// <summary>The newest built <c>{name}.dll</c> under <paramref name="folder"/>'s bin/Debug or bin/Release, or null.</summary>
    internal static string? BuiltAssembly(string folder, string name) =>
        new[] { "Debug", "Release" }
            .Select(config => Path.Combine(folder, "bin", config))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.GetFiles(dir, name + ".dll", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}ref{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault();

    internal static string AssemblyName(string project)
    {
        try
        {
            var element = XDocument.Load(project).Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName");
            if (element is { Value.Length: > 0 }) return element.Value.Trim();
        }
        catch (System.Xml.XmlException)
        {
            // An unreadable project file: fall back to the file name, which is what MSBuild uses by default.
        }
        return Path.GetFileNameWithoutExtension(project);
    }
}
