using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;

namespace AnimLib.Cli;

/// <summary>
/// Loads scene assemblies into the default load context and resolves their own dependencies from beside them. The CLI's
/// dependency list names only what the CLI uses, so a package a scene assembly brings (the chapter's MathNet.Numerics,
/// say) is found only here; AnimLib itself always resolves to the CLI's copy, so that every scene shares its
/// <see cref="Scene"/> type.
/// </summary>
internal static class SceneAssemblyLoader
{
    // Keyed by full path; a null resolver means the host could not make one and only the folder is searched.
    private static readonly ConcurrentDictionary<string, AssemblyDependencyResolver?> Loaded = new(StringComparer.Ordinal);

    static SceneAssemblyLoader() => AssemblyLoadContext.Default.Resolving += Resolve;

    /// <summary>Loads the assembly at <paramref name="fullPath"/> (which exists) and lets its dependencies be found.</summary>
    public static Assembly Load(string fullPath)
    {
        Loaded.GetOrAdd(fullPath, CreateResolver);
        return AssemblyLoadContext.Default.LoadFromAssemblyPath(fullPath);
    }

    private static AssemblyDependencyResolver? CreateResolver(string path)
    {
        try
        {
            return new AssemblyDependencyResolver(path);
        }
        catch (InvalidOperationException)
        {
            // Raised when the host offers no resolver (an unusual host): searching the assembly's folder still works.
            return null;
        }
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is not { Length: > 0 } simple) return null;
        foreach (var (path, resolver) in Loaded)
        {
            string? dependency = resolver?.ResolveAssemblyToPath(name);
            if (dependency is null)
            {
                string beside = Path.Combine(Path.GetDirectoryName(path)!, simple + ".dll");
                if (File.Exists(beside)) dependency = beside;
            }
            if (dependency is not null && File.Exists(dependency)) return context.LoadFromAssemblyPath(dependency);
        }
        return null;
    }
}
