using System.CommandLine;
using System.Text.Json;

namespace AnimLib.Cli;

/// <summary>
/// <c>animlib describe &lt;Scene&gt;</c>: prints the scene's <see cref="SceneParameterAttribute"/> properties as a JSON
/// Schema (type, default, description), for CI jobs that build <c>--props</c> files and for editors that check them.
/// </summary>
public static class DescribeCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string[]> assemblyOption)
    {
        var sceneArgument = new Argument<string>("scene") { Description = "Name of the scene class (see `animlib list`)." };
        var noBuildOption = ProjectBuild.CreateOption();
        var command = new Command("describe", "Print a scene's parameters (its [SceneParameter] properties) as a JSON Schema.")
        {
            sceneArgument, assemblyOption, noBuildOption,
        };
        command.SetAction(parse => Execute(parse.GetValue(sceneArgument)!, parse.GetValue(assemblyOption) ?? [], parse.GetValue(noBuildOption),
            Console.Out, Console.Error, Environment.CurrentDirectory, SceneAssemblyVariable.Read(), Program.Cancellation));
        return command;
    }

    /// <summary>Prints the schema of <paramref name="scene"/>'s parameters; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="scene">The scene class name.</param>
    /// <param name="given">The <c>--assembly</c> files; without any, the project in <paramref name="folder"/>.</param>
    /// <param name="noBuild">Do not build the project in <paramref name="folder"/> when its sources changed.</param>
    /// <param name="stdout">The schema, alone.</param>
    /// <param name="stderr">Build progress, warnings and errors.</param>
    /// <param name="folder">The working folder.</param>
    /// <param name="variable">The assemblies of <see cref="SceneAssemblyVariable"/>.</param>
    /// <param name="cancellation">Stops a build.</param>
    public static int Execute(string scene, IReadOnlyList<string> given, bool noBuild, TextWriter stdout, TextWriter stderr,
        string folder, IReadOnlyList<string> variable, CancellationToken cancellation = default)
    {
        var catalog = CatalogCommand.Load(given, noBuild, stderr, folder, variable, cancellation, out int exit);
        if (catalog is null) return exit;
        var type = catalog.Find(scene);
        if (type is null)
        {
            stderr.WriteLine($"error: unknown scene '{scene}'.");
            var close = catalog.Suggest(scene);
            if (close.Count > 0) stderr.WriteLine($"Did you mean: {string.Join(", ", close)}?");
            stderr.WriteLine("Run `animlib list` to see every scene.");
            return ExitCodes.UsageError;
        }
        try
        {
            stdout.WriteLine(SceneParameters.Schema(type).ToJsonString(Indented));
            return ExitCodes.Ok;
        }
        catch (InvalidOperationException e)
        {
            // A property the scene marks but that cannot take values is a fault of the scene's code, not of this command.
            stderr.WriteLine($"error: {e.Message}");
            return ExitCodes.RenderFailed;
        }
    }
}
