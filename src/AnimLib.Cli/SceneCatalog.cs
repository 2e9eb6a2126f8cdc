using System.Reflection;
using System.Runtime.Loader;

namespace AnimLib.Cli;

/// <summary>Finds renderable scenes: non-abstract <see cref="Scene"/> subclasses with a parameterless constructor.</summary>
public sealed class SceneCatalog
{
    private readonly Dictionary<string, Type> _scenes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _external = new(StringComparer.Ordinal);

    /// <summary>Catalog of the built-in scenes (AnimLib.Scenes) plus those of the given assembly files.</summary>
    /// <exception cref="FileNotFoundException">An assembly path does not exist.</exception>
    public static SceneCatalog Load(IEnumerable<string> assemblyPaths)
    {
        var catalog = new SceneCatalog();
        catalog.AddAssembly(typeof(AnimLib.Scenes.SceneAssemblyMarker).Assembly);
        foreach (var path in assemblyPaths)
        {
            var full = Path.GetFullPath(path);
            if (!File.Exists(full))
                throw new FileNotFoundException($"Scene assembly '{path}' was not found. Build your project first (dotnet build) and pass the path of its .dll.", full);
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(full);
            catalog.AddAssembly(assembly);
            foreach (var (name, type) in catalog._scenes)
                if (type.Assembly == assembly) catalog._external.Add(name);
        }
        return catalog;
    }

    /// <summary>Adds every scene type of <paramref name="assembly"/>; a later assembly's scene wins a name clash.</summary>
    public void AddAssembly(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.OfType<Type>().ToArray();
        }
        foreach (var t in types)
        {
            if (t.IsAbstract || !typeof(Scene).IsAssignableFrom(t) || t.GetConstructor(Type.EmptyTypes) is null) continue;
            _scenes[t.Name] = t;
        }
    }

    /// <summary>Scene names, sorted.</summary>
    public IReadOnlyList<string> Names => _scenes.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Names of the scenes from assembly files passed to <see cref="Load"/>, sorted (what <c>--all</c> renders when there are any).</summary>
    public IReadOnlyList<string> ExternalNames => _external.Order(StringComparer.Ordinal).ToList();

    /// <summary>The scene type for <paramref name="name"/> (exact, then case-insensitive), or null.</summary>
    public Type? Find(string name)
    {
        if (_scenes.TryGetValue(name, out var t)) return t;
        var matches = _scenes.Where(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0].Value : null;
    }

    /// <summary>Creates a fresh instance of the named scene.</summary>
    public Scene Create(Type type) => (Scene)Activator.CreateInstance(type)!;

    /// <summary>Names close to <paramref name="name"/> (edit distance or substring), best first.</summary>
    public IReadOnlyList<string> Suggest(string name, int max = 5)
    {
        var lower = name.ToLowerInvariant();
        return _scenes.Keys
            .Select(k => (Name: k, Distance: Distance(k.ToLowerInvariant(), lower)))
            .Where(x => x.Distance <= Math.Max(3, lower.Length / 3) || x.Name.Contains(name, StringComparison.OrdinalIgnoreCase)
                        || name.Contains(x.Name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Name)
            .ToList();
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
