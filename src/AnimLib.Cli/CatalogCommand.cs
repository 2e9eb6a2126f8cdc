namespace AnimLib.Cli;

/// <summary>
/// Loads the scene catalog for the commands that only read it (<c>list</c>, <c>describe</c>): builds the project in the
/// folder unless told not to, with progress and errors on stderr so that stdout holds only the command's answer.
/// </summary>
internal static class CatalogCommand
{
    /// <summary>The catalog, or null with <paramref name="exit"/> set to the exit code when it cannot be loaded.</summary>
    public static SceneCatalog? Load(IReadOnlyList<string> given, bool noBuild, TextWriter stderr, string folder, IReadOnlyList<string> variable,
        CancellationToken cancellation, out int exit)
    {
        exit = ExitCodes.Ok;
        try
        {
            var assemblies = noBuild
                ? ProjectAssembly.Resolve(given, folder, w => stderr.WriteLine($"warning: {w}"))
                : ProjectAssembly.ResolveBuilt(given, folder, stderr.WriteLine, cancellation);
            return SceneCatalog.Load(assemblies, variable);
        }
        catch (SceneAssemblyException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            exit = ExitCodes.UsageError;
        }
        catch (ProjectBuildException e)
        {
            stderr.Write(e.Output);
            stderr.WriteLine($"error: {e.Message}");
            exit = ExitCodes.RenderFailed;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            exit = ExitCodes.Cancelled;
        }
        return null;
    }
}
