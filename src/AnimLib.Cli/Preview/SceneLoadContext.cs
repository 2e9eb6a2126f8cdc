using System.Reflection;
using System.Runtime.Loader;

namespace AnimLib.Cli.Preview;

/// <summary>
/// A collectible load context for one compiled generation of a scene project. AnimLib and everything else the CLI
/// itself carries resolve from the default context, so the scenes share the CLI's <see cref="Scene"/> type; the
/// project's other packages load here, from its build output, and go away with the context.
/// </summary>
internal sealed class SceneLoadContext : AssemblyLoadContext
{
    // The assemblies the default context loads by name: the framework's and the CLI's own dependencies.
    private static readonly HashSet<string> Shared = ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(Path.GetFileNameWithoutExtension)
        .OfType<string>()
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyDictionary<string, string> _dependencies;

    /// <summary>Creates the context; <paramref name="dependencies"/> are the project's other assemblies by simple name.</summary>
    public SceneLoadContext(string name, IReadOnlyDictionary<string, string> dependencies) : base(name, isCollectible: true) =>
        _dependencies = dependencies;

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is not { Length: > 0 } simple || Shared.Contains(simple)) return null;
        // Read into memory rather than mapped from the file, so a rebuild can overwrite it while this generation lives.
        return _dependencies.TryGetValue(simple, out var path) && File.Exists(path) ? LoadFromStream(new MemoryStream(File.ReadAllBytes(path))) : null;
    }
}
