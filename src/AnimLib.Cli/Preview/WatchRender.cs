namespace AnimLib.Cli.Preview;

/// <summary>
/// <c>animlib render Scene --watch</c>: the preview's loop without the server. Each save of the project's sources is
/// compiled in process and the scene rendered again, with the render's own settings and output, through the
/// partial-movie cache, so only the animations that changed are encoded.
/// </summary>
internal static class WatchRender
{
    public static int Run(RenderRequest request, RenderPlan plan, CliLog log, bool quiet, CancellationToken cancellation)
    {
        ISceneSource source;
        try
        {
            source = SceneSources.Open(request.Assemblies, null, log.Info);
        }
        catch (SceneAssemblyException e)
        {
            log.Error(e.Message);
            return ExitCodes.UsageError;
        }
        using var changed = new SemaphoreSlim(0);
        using var watcher = new SourceWatcher(source, () => changed.Release());
        SceneGeneration? current = null;
        int generation = 0;
        try
        {
            while (true)
            {
                int exit = RenderOnce(source, request.Scene!, generation == 0 ? plan : plan with { Open = false }, ++generation, ref current, log, quiet,
                    cancellation);
                if (exit == ExitCodes.Cancelled) return exit;
                log.Info($"Watching {source.WatchFolder} for changes (Ctrl-C to stop)...");
                try
                {
                    changed.Wait(cancellation);
                }
                catch (OperationCanceledException)
                {
                    return ExitCodes.Ok;
                }
                // A burst of saves is one render.
                while (changed.Wait(0))
                {
                }
            }
        }
        finally
        {
            current?.Unload();
        }
    }

    private static int RenderOnce(ISceneSource source, string scene, RenderPlan plan, int generation, ref SceneGeneration? current, CliLog log,
        bool quiet, CancellationToken cancellation)
    {
        var build = source.Build();
        if (!build.Succeeded)
        {
            log.Error($"the project does not compile ({build.Errors.Count} error(s)); fix and save to render again:");
            foreach (var e in build.Errors.Take(20)) log.Err.WriteLine($"  {e}");
            return ExitCodes.RenderFailed;
        }
        var next = SceneGeneration.Load($"watch-{generation}", build.Assembly!, build.Symbols, source.Dependencies);
        if (next.Catalog.Find(scene) is not { } type)
        {
            log.Error($"unknown scene '{scene}'. Scenes of the project: {string.Join(", ", next.Catalog.Names)}.");
            next.Unload();
            return ExitCodes.UsageError;
        }
        current?.Unload();
        current = next;
        log.Info($"Compiled in {build.Elapsed.TotalMilliseconds:0} ms.");
        return RenderCommand.RenderOne(next.Catalog, type, row: null, plan, log, bars: false, quiet, cancellation);
    }
}
