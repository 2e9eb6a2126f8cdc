using System.CommandLine;

namespace AnimLib.Cli;

/// <summary><c>animlib list</c>: prints the scenes that can be rendered.</summary>
public static class ListCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string[]> assemblyOption)
    {
        var command = new Command("list", "List the scenes that can be rendered.") { assemblyOption };
        command.SetAction(parse =>
        {
            try
            {
                var assemblies = ProjectAssembly.Resolve(parse.GetValue(assemblyOption) ?? [], Environment.CurrentDirectory,
                    w => Console.Error.WriteLine($"warning: {w}"));
                var catalog = SceneCatalog.Load(assemblies, SceneAssemblyVariable.Read());
                foreach (var name in catalog.Names) Console.WriteLine(name);
                return ExitCodes.Ok;
            }
            catch (SceneAssemblyException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.UsageError;
            }
        });
        return command;
    }
}
