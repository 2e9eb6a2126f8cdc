namespace AnimLib.Mobjects;

/// <summary>
/// Where the library keeps what it makes once and reuses (compiled Tex, synthesized speech): the folder an environment
/// variable names, else <c>$XDG_CACHE_HOME/animlib/&lt;name&gt;</c>, else <c>~/.cache/animlib/&lt;name&gt;</c>. It sits in
/// Mobjects, the lowest layer that keeps such a cache, so the scene layer's speech cache resolves it the same way.
/// </summary>
internal static class UserCacheFolder
{
    /// <summary>The cache folder of <paramref name="name"/>, or the value of <paramref name="environmentVariable"/> when it is set.</summary>
    public static string Resolve(string environmentVariable, string name)
    {
        if (Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } env) return env;
        string root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "animlib", name);
    }
}
