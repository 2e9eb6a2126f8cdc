using System.CommandLine;
using System.Globalization;

namespace AnimLib.Cli.Preview;

/// <summary>
/// <c>animlib preview [Scene]</c>: compiles the scene project in process, renders at preview quality and serves a page
/// on 127.0.0.1 that updates itself on every save.
/// </summary>
public static class PreviewCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string[]> assemblyOption)
    {
        var sceneArgument = new Argument<string?>("scene")
        {
            Description = "The scene to show first (the page has a chooser when the project has several); default: the first.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var projectOption = new Option<string?>("--project") { Description = "The scene project (a folder or .csproj); default: the one in the working folder.", HelpName = "PATH" };
        var portOption = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default: a free one, printed).", HelpName = "PORT" };
        var openOption = new Option<bool>("--open") { Description = "Open the page in the system's browser." };
        var settings = new SettingOptions();
        var command = new Command("preview",
            "Live preview: compile the project's scenes in process, render at preview quality (480p15 unless -q says otherwise) and serve a page on "
            + "127.0.0.1 that updates on every save; with a timeline, a full-quality still button and a present mode.")
        {
            sceneArgument, projectOption, portOption, openOption, assemblyOption,
        };
        foreach (var option in settings.Options) command.Options.Add(option);
        command.SetAction(parse => Run(parse.GetValue(sceneArgument), parse.GetValue(projectOption), parse.GetValue(assemblyOption) ?? [],
            parse.GetValue(portOption), parse.GetValue(openOption), settings.Read(parse), Program.Cancellation));
        return command;
    }

    /// <summary>The preview's layer of settings: under the flags, over the <c>animlib.json</c> files.</summary>
    internal static SettingLayer PreviewDefaults { get; } = new SettingLayer("animlib preview")
        .With(CliSettings.Quality, "480p")
        // Encoding speed matters more than file size for a video that lives a few seconds.
        .With(CliSettings.Preset, "ultrafast");

    // Whatever the flags or files say, the page plays an mp4 with an opaque background.
    private static SettingLayer PreviewFormat { get; } = new SettingLayer("animlib preview")
        .With(CliSettings.Format, "mp4").With(CliSettings.Transparent, false).With(CliSettings.SaveSections, false);

    /// <summary>Resolves the preview's settings (<paramref name="flags"/> over 480p15) and the full-quality stills' settings.</summary>
    public static (RenderSettings Preview, RenderSettings Full)? ResolveSettings(SettingLayer flags, ConfigLocations config, List<string> errors)
    {
        var preview = RenderSettings.Resolve(config, [PreviewDefaults, flags, PreviewFormat], errors);
        var mediaOnly = SettingLayer.CommandLine.With(CliSettings.MediaDir, flags[CliSettings.MediaDir]);
        var full = RenderSettings.Resolve(config, [mediaOnly], errors);
        return preview is null || full is null ? null : (preview, full);
    }

    private static int Run(string? scene, string? project, string[] assemblies, int port, bool open, SettingLayer flags, CancellationToken cancellation)
    {
        var errors = new List<string>();
        if (ResolveSettings(flags, ConfigLocations.Default, errors) is not { } resolved)
        {
            foreach (var e in errors) Console.Error.WriteLine($"error: {e}");
            return ExitCodes.UsageError;
        }
        var log = new CliLog(resolved.Preview.Verbosity, Console.Out, Console.Error);
        if (port is < 0 or > 65535)
        {
            log.Error($"--port must be 0 to 65535; got {port.ToString(CultureInfo.InvariantCulture)}.");
            return ExitCodes.UsageError;
        }
        ISceneSource source;
        try
        {
            source = SceneSources.Open(assemblies, project, log.Info);
        }
        catch (SceneAssemblyException e)
        {
            log.Error(e.Message);
            return ExitCodes.UsageError;
        }
        using var session = new PreviewSession(source, resolved.Preview, resolved.Full, scene, log.Info);
        PreviewHost host;
        try
        {
            host = PreviewHost.StartAsync(session, source, port, error: log.Error).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            log.Error($"could not listen on 127.0.0.1:{port}: {e.Message}");
            return ExitCodes.UsageError;
        }
        try
        {
            var s = resolved.Preview;
            log.Info($"Preview at {host.Url}  ({s.Size.Height}p{s.Fps.ToString("0.##", CultureInfo.InvariantCulture)}; watching {source.WatchFolder}; Ctrl-C to stop)");
            if (open) SystemViewer.Open(host.Url, log.Warn);
            cancellation.WaitHandle.WaitOne();
            return ExitCodes.Ok;
        }
        finally
        {
            host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
