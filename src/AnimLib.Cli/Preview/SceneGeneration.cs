using System.Reflection;
using System.Runtime.CompilerServices;

namespace AnimLib.Cli.Preview;

/// <summary>
/// One loaded version of the scene project: its collectible context and the scenes it holds. The preview keeps only
/// the newest good generation; <see cref="Unload"/> lets the runtime collect the previous one.
/// </summary>
internal sealed class SceneGeneration
{
    private SceneLoadContext? _context;

    private SceneGeneration(SceneLoadContext context, SceneCatalog catalog, WeakReference contextReference)
    {
        _context = context;
        Catalog = catalog;
        Context = contextReference;
    }

    /// <summary>The scenes of this generation.</summary>
    public SceneCatalog Catalog { get; private set; }

    /// <summary>A weak reference to the load context: alive until the runtime has collected it after <see cref="Unload"/>.</summary>
    public WeakReference Context { get; }

    /// <summary>Loads an assembly (and its symbols) into a new collectible context.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static SceneGeneration Load(string name, byte[] assembly, byte[]? symbols, IReadOnlyDictionary<string, string> dependencies)
    {
        var context = new SceneLoadContext(name, dependencies);
        Assembly loaded = symbols is null
            ? context.LoadFromStream(new MemoryStream(assembly))
            : context.LoadFromStream(new MemoryStream(assembly), new MemoryStream(symbols));
        var catalog = new SceneCatalog();
        catalog.AddAssembly(loaded);
        return new SceneGeneration(context, catalog, new WeakReference(context));
    }

    /// <summary>Starts unloading: after this the generation must not be used, and nothing may hold its types.</summary>
    public void Unload()
    {
        Catalog = new SceneCatalog();
        _context?.Unload();
        _context = null;
    }
}
