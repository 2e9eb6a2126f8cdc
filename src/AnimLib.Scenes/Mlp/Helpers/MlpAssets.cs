namespace AnimLib.Scenes.Mlp;

/// <summary>
/// Where the chapter's data files and images are found: the <c>Assets</c> folder copied next to this assembly, unless the
/// <c>ANIMLIB_MLP_DATA_DIR</c> environment variable names another folder (the seed's configurable <c>DATA_DIR</c>).
/// </summary>
public static class MlpAssets
{
    /// <summary>Name of the environment variable that overrides <see cref="DataDir"/>.</summary>
    public const string DataDirVariable = "ANIMLIB_MLP_DATA_DIR";

    /// <summary>The folder holding the assets.</summary>
    public static string DataDir =>
        Environment.GetEnvironmentVariable(DataDirVariable) is { Length: > 0 } dir
            ? dir
            : Path.Combine(Path.GetDirectoryName(typeof(MlpAssets).Assembly.Location) ?? AppContext.BaseDirectory, "Assets");

    /// <summary>Full path of the asset <paramref name="name"/>.</summary>
    /// <exception cref="FileNotFoundException">The file is not in <see cref="DataDir"/>.</exception>
    public static string GetPath(string name)
    {
        var path = Path.Combine(DataDir, name);
        if (!File.Exists(path))
            throw new FileNotFoundException($"The MLP scenes need the asset '{name}', expected at {path}. Set {DataDirVariable} to the folder holding it.", path);
        return path;
    }
}
