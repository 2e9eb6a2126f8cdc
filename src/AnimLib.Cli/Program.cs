using System.CommandLine;
using System.Runtime.InteropServices;
using AnimLib.Rendering;

namespace AnimLib.Cli;

/// <summary>Entry point of the <c>animlib</c> command.</summary>
public static class Program
{
    private static CancellationTokenSource _cancellation = new();

    /// <summary>Cancelled by Ctrl-C or SIGTERM: a render in progress stops, removes its temporary files and exits with 130.</summary>
    public static CancellationToken Cancellation => _cancellation.Token;

    /// <summary>Parses the arguments and runs the chosen command; returns its exit code.</summary>
    public static int Main(string[] args)
    {
        _cancellation = new CancellationTokenSource();
        // Skia, the font configuration and OpenSSL load on the second core while the scene assemblies load (NativeWarmUp).
        if (args.Length > 0 && args[0] is "render" or "preview") _ = NativeWarmUp.StartAsync();
        // Cancelling instead of dying lets the render delete its partial files; a second Ctrl-C still kills at once.
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (_cancellation.IsCancellationRequested) return;
            e.Cancel = true;
            _cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            _cancellation.Cancel();
        });
        try
        {
            var parse = BuildRootCommand().Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is System.CommandLine.Invocation.ParseErrorAction)
            {
                // Unknown options and malformed arguments are usage errors (exit 2), like invalid values.
                parse.Invoke();
                return ExitCodes.UsageError;
            }
            return parse.Invoke();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The command tree: render, preview, list, describe, config, checkhealth.</summary>
    public static RootCommand BuildRootCommand()
    {
        var assemblyOption = new Option<string[]>("--assembly")
        {
            // The three places scenes come from are named here, since the tool itself carries none.
            Description = "Load scenes from this .dll (repeatable). Without it, the built .dll of the project in the working folder is used. "
                          + $"The .dll paths in {SceneAssemblyVariable.Name} (separated by '{Path.PathSeparator}') are always loaded as well.",
            AllowMultipleArgumentsPerToken = false,
            HelpName = "DLL",
        };
        var root = new RootCommand("AnimLib: programmatic explainer animations.")
        {
            RenderCommand.Create(assemblyOption),
            Preview.PreviewCommand.Create(assemblyOption),
            ListCommand.Create(assemblyOption),
            DescribeCommand.Create(assemblyOption),
            ConfigCommand.Create(),
            CheckHealthCommand.Create(),
        };
        return root;
    }
}
