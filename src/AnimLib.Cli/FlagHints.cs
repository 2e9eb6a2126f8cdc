using AnimLib.Encoding;
using AnimLib.Pipeline;

namespace AnimLib.Cli;

/// <summary>
/// Puts the command line's words on the library's messages: the library names no flag, so the CLI says which flag (or
/// which file and key) set the value a message is about, and which flag does what a message asks for.
/// </summary>
internal static class FlagHints
{
    /// <summary>
    /// Where <paramref name="setting"/>'s value came from, to lead a message about it: <c>--resolution 161,90: </c> for
    /// the command line, <c>FILE: "resolution": </c> for a file, nothing for a default.
    /// </summary>
    public static string Origin(RenderSettings settings, Setting setting)
    {
        string source = settings.SourceOf(setting);
        if (source == SettingLayer.CommandLineSource)
            return setting.IsSwitch ? $"{setting.Flag}: " : $"{setting.Flag} {setting.ValueText(settings)}: ";
        return source == SettingLayer.DefaultSource || source == setting.DerivedSource ? "" : $"{source}: \"{setting.Key}\": ";
    }

    /// <summary>A format problem, led by where the setting that caused it came from.</summary>
    public static string For(OutputFormatProblem problem, RenderSettings settings) => problem.Kind switch
    {
        OutputFormatProblemKind.NoAlphaChannel => Origin(settings, CliSettings.Transparent) + problem.Message,
        OutputFormatProblemKind.OddFrameSize => Origin(settings, CliSettings.Resolution) + problem.Message,
        _ => problem.Message,
    };

    /// <summary>A <see cref="ShardSpec.TryParse"/> error, led by the flag.</summary>
    public static string ForShard(string error) => $"--shard: {error}";

    /// <summary>The flag that does what a library exception's message asks for, as a line to print after it; null when none does.</summary>
    public static string? For(Exception e) => e switch
    {
        SceneHasNoFramesException => "Render its last frame with --last-frame (or the frame at a time with --frame-at SECONDS).",
        _ => null,
    };
}
