using System.CommandLine;

namespace AnimLib.Cli;

/// <summary><c>animlib config show</c>: prints the resolved render settings and where each value came from.</summary>
public static class ConfigCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var settings = new SettingOptions();
        var show = new Command("show",
            "Print every render setting with its value and its source: command line, ./animlib.json, the user's animlib.json, the quality preset or the default.");
        foreach (var option in settings.Options) show.Options.Add(option);
        show.SetAction(parse => Show(settings.Read(parse), Console.Out, Console.Error));
        return new Command("config", "Inspect the configuration (animlib.json files).") { show };
    }

    /// <summary>Prints the settings a render with <paramref name="flags"/> would use (the same <see cref="RenderSettings"/>); returns the exit code.</summary>
    public static int Show(SettingLayer flags, TextWriter stdout, TextWriter stderr, ConfigLocations? locations = null)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        locations ??= ConfigLocations.Default;
        var errors = new List<string>();
        var settings = RenderSettings.Resolve(locations, [flags], errors);
        if (settings is null)
        {
            foreach (var e in errors) stderr.WriteLine($"error: {e}");
            return ExitCodes.UsageError;
        }
        stdout.WriteLine($"project file: {Describe(locations.ProjectFile)}");
        stdout.WriteLine($"user file:    {Describe(locations.UserFile)}");
        stdout.WriteLine();
        var rows = CliSettings.All.Select(s => (s.Key, Value: s.ValueText(settings), Source: settings.SourceOf(s))).ToList();
        int keyWidth = Math.Max(7, rows.Max(r => r.Key.Length));
        int valueWidth = Math.Max(5, rows.Max(r => r.Value.Length));
        stdout.WriteLine($"{"setting".PadRight(keyWidth)}  {"value".PadRight(valueWidth)}  source");
        foreach (var (key, value, source) in rows)
            stdout.WriteLine($"{key.PadRight(keyWidth)}  {value.PadRight(valueWidth)}  {source}");
        return ExitCodes.Ok;
    }

    private static string Describe(string? path) =>
        path is null ? "(none)" : File.Exists(path) ? path : $"{path} (not present)";
}
