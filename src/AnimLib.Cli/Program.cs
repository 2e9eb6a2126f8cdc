using System.CommandLine;

namespace AnimLib.Cli;

/// <summary>Entry point of the <c>animlib</c> command.</summary>
public static class Program
{
    /// <summary>Parses the arguments and runs the chosen command; returns its exit code.</summary>
    public static int Main(string[] args) => BuildRootCommand().Parse(args).Invoke();

    /// <summary>The command tree: render, list.</summary>
    public static RootCommand BuildRootCommand()
    {
        var assemblyOption = new Option<string[]>("--assembly")
        {
            Description = "Also load scenes from this .dll (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var root = new RootCommand("AnimLib: programmatic explainer animations.")
        {
            RenderCommand.Create(assemblyOption),
            ListCommand.Create(assemblyOption),
        };
        return root;
    }
}
