using System.Runtime.CompilerServices;

namespace AnimLib.Cli.Tests.Support;

/// <summary>
/// Hands the repository's demo and chapter scenes (AnimLib.Scenes) to every render of this test process the way
/// <c>./animlib</c> hands them to the CLI: through <c>ANIMLIB_SCENE_ASSEMBLIES</c>, set before any test runs. Child
/// processes inherit it.
/// </summary>
public static class RepositoryScenes
{
    /// <summary>AnimLib.Scenes.dll, copied beside the tests with its packages and assets.</summary>
    public static readonly string Assembly = typeof(AnimLib.Scenes.SceneAssemblyMarker).Assembly.Location;

#pragma warning disable CA2255 // This assembly is a test project run by the test host, not a library others load.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void SetVariable() => Environment.SetEnvironmentVariable(SceneAssemblyVariable.Name, Assembly);
}
