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
        if (given.Count > 0) return given;
        var projects = Directory.GetFiles(folder, "*.csproj");
        if (projects.Length != 1) return given;
        string project = projects[0];
        string name = AssemblyName(project);
        if (BuiltAssembly(folder, name) is not { } dll)
        {
            warn?.Invoke($"{Path.GetFileName(project)} is here but not built, so its scenes are not known; run `dotnet build` first.");
            return given;
        }
        var newestSource = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.GetLastWriteTimeUtc)
            .DefaultIfEmpty(DateTime.MinValue)
            .Max();
        if (newestSource > File.GetLastWriteTimeUtc(dll))
            warn?.Invoke($"{Path.GetRelativePath(folder, dll)} is older than your latest source edit; run `dotnet build` to render the current code.");
        return [dll];
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
