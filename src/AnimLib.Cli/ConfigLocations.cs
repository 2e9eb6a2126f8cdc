namespace AnimLib.Cli;

/// <summary>Where <c>animlib.json</c> files are looked for.</summary>
/// <param name="ProjectFile">The project's file: <c>animlib.json</c> in the working folder. Wins over the user's.</param>
/// <param name="UserFile">The user's file: <c>$XDG_CONFIG_HOME/animlib/animlib.json</c> (<c>~/.config/animlib/animlib.json</c>).</param>
public sealed record ConfigLocations(string? ProjectFile, string? UserFile)
{
    /// <summary>The file name looked for in the working folder.</summary>
    public const string FileName = "animlib.json";

    /// <summary>The standard places, for the current folder and user.</summary>
    public static ConfigLocations Default
    {
        get
        {
            string? xdg = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            string? userDir = !string.IsNullOrEmpty(xdg) ? xdg : string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".config");
            return new ConfigLocations(Path.Combine(Directory.GetCurrentDirectory(), FileName),
                userDir is null ? null : Path.Combine(userDir, "animlib", FileName));
        }
    }

    /// <summary>No configuration files: defaults and flags only (tests).</summary>
    public static ConfigLocations None { get; } = new(null, null);
}
