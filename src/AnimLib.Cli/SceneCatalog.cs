using System.Reflection;

namespace AnimLib.Cli;

/// <summary>Finds renderable scenes: non-abstract <see cref="Scene"/> subclasses with a parameterless constructor.</summary>
public sealed class SceneCatalog
{
    private readonly Dictionary<string, Type> _scenes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _given = new(StringComparer.Ordinal);
    private readonly List<(string Path, Assembly Assembly, bool FromVariable)> _loaded = [];

    /// <summary>
    /// Catalog of the scenes of <paramref name="assemblies"/> (<c>--assembly</c> files, or the build of the project in the
    /// working folder) and of <paramref name="variableAssemblies"/> (those <see cref="SceneAssemblyVariable"/> lists). The
    /// latter are loaded first, so that a scene of your own wins a name clash with one of theirs.
    /// </summary>
    /// <exception cref="SceneAssemblyException">
    /// Both lists are empty, or an assembly does not exist or cannot be loaded; the message names where its path came from.
    /// </exception>
    public static SceneCatalog Load(IReadOnlyList<string> assemblies, IReadOnlyList<string> variableAssemblies)
    {
        if (assemblies.Count == 0 && variableAssemblies.Count == 0)
            throw new SceneAssemblyException(
                "no scene assembly was found. Pass one with --assembly path/to/YourScenes.dll, run animlib in the folder of a " +
                $"scene project after `dotnet build` (dotnet new animlib-scenes makes one), or list .dll paths in {SceneAssemblyVariable.Name} " +
                $"(separated by '{Path.PathSeparator}'; the AnimLib repository's ./animlib script sets it to its demo and chapter scenes).");
        var catalog = new SceneCatalog();
        foreach (var path in variableAssemblies)
        {
            var assembly = LoadFile(path,
                $"named by {SceneAssemblyVariable.Name}",
                $"Fix or remove it in {SceneAssemblyVariable.Name} (paths separated by '{Path.PathSeparator}').");
            catalog.AddAssembly(assembly);
            catalog._loaded.Add((path, assembly, true));
        }
        foreach (var path in assemblies)
        {
            var assembly = LoadFile(path, null, "Build your project first (dotnet build) and pass the path of its .dll.");
            catalog.AddAssembly(assembly);
            catalog._loaded.Add((path, assembly, false));
            foreach (var (name, type) in catalog._scenes)
                if (type.Assembly == assembly) catalog._given.Add(name);
        }
        return catalog;
    }

    private static Assembly LoadFile(string path, string? origin, string fix)
    {
        string what = origin is null ? $"Scene assembly '{path}'" : $"Scene assembly '{path}' {origin}";
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new SceneAssemblyException($"{what} is not a valid path ({e.Message}). {fix}", e);
        }
        if (!File.Exists(full)) throw new SceneAssemblyException($"{what} was not found. {fix}");
        try
        {
            return SceneAssemblyLoader.Load(full);
        }
        catch (BadImageFormatException e)
        {
            throw new SceneAssemblyException($"{what} is not a .NET assembly. {fix}", e);
        }
        catch (FileLoadException e)
        {
            throw new SceneAssemblyException($"{what} could not be loaded: {e.Message} {fix}", e);
        }
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

    /// <summary>
    /// Names of the scenes of the first list passed to <see cref="Load"/> (not of the variable's assemblies), sorted: what
    /// <c>--all</c> renders when that list is not empty.
    /// </summary>
    public IReadOnlyList<string> GivenNames => _given.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Each loaded assembly with the names of its scenes, sorted: those of the first list passed to <see cref="Load"/>
    /// first, then those of the variable's assemblies (an assembly named in both is listed once, as one of the first). A
    /// scene hidden by one of the same name in a later-loaded assembly is not listed under its own.
    /// </summary>
    public IReadOnlyList<SceneSource> Sources
    {
        get
        {
            var ordered = _loaded.Where(l => !l.FromVariable).Concat(_loaded.Where(l => l.FromVariable));
            var seen = new HashSet<Assembly>();
            return ordered.Where(l => seen.Add(l.Assembly))
                .Select(l => new SceneSource(l.Path, l.FromVariable && !_loaded.Any(g => !g.FromVariable && g.Assembly == l.Assembly),
                    _scenes.Where(kv => kv.Value.Assembly == l.Assembly).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList()))
                .ToList();
        }
    }

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
