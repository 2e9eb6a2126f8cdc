namespace AnimLib.Cli;

/// <summary>
/// The <c>ANIMLIB_SCENE_ASSEMBLIES</c> environment variable: scene assemblies the CLI always loads, besides those of
/// <c>--assembly</c> or of the project in the working folder. It lists <c>.dll</c> paths separated by
/// <see cref="Path.PathSeparator"/> (<c>:</c> on Linux and macOS, <c>;</c> on Windows). The repository's <c>./animlib</c>
/// script sets it to the demo and chapter scenes of <c>src/AnimLib.Scenes</c>, which the tool itself does not carry.
/// </summary>
public static class SceneAssemblyVariable
{
    /// <summary>The variable's name.</summary>
    public const string Name = "ANIMLIB_SCENE_ASSEMBLIES";

    /// <summary>The paths the variable lists in this process (none when it is unset or empty).</summary>
    public static IReadOnlyList<string> Read() => Parse(Environment.GetEnvironmentVariable(Name));

    /// <summary>Splits a value of the variable into paths; empty entries (a stray or trailing separator) are skipped.</summary>
    public static IReadOnlyList<string> Parse(string? value) =>
        value is null ? [] : value.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
