namespace AnimLib.Cli;

/// <summary>The scene project in the working folder and the state of its build (<see cref="ProjectAssembly.Find"/>).</summary>
/// <param name="Project">The .csproj file.</param>
/// <param name="AssemblyName">The name of the .dll it builds, without the extension.</param>
/// <param name="Dll">The newest build of that .dll under bin/Debug or bin/Release; null when it was never built.</param>
/// <param name="Configuration">The configuration of <paramref name="Dll"/> (Debug when never built): the one to build again.</param>
/// <param name="Stale">True when a source file or the project file changed after <paramref name="Dll"/> was built.</param>
public sealed record ProjectState(string Project, string AssemblyName, string? Dll, string Configuration, bool Stale);
