using System.CommandLine;

namespace AnimLib.Cli;

/// <summary>
/// <c>animlib list [filter]</c>: prints the scenes that can be rendered, grouped by assembly: those of <c>--assembly</c>
/// or of the project in the working folder first, then those of <see cref="SceneAssemblyVariable"/>'s assemblies.
/// </summary>
public static class ListCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string[]> assemblyOption)
    {
        var filterArgument = new Argument<string?>("filter")
        {
            Description = "Only scenes whose name contains this text (case-insensitive).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var namesOption = new Option<bool>("--names") { Description = "Print only the names, one per line and in the same order, for scripts." };
        var noBuildOption = ProjectBuild.CreateOption();
        var command = new Command("list", "List the scenes that can be rendered: the project's (or --assembly's) first, then those of "
                                          + $"{SceneAssemblyVariable.Name}.") { filterArgument, assemblyOption, namesOption, noBuildOption };
        command.SetAction(parse => Execute(parse.GetValue(filterArgument), parse.GetValue(assemblyOption) ?? [], parse.GetValue(namesOption),
            parse.GetValue(noBuildOption), Console.Out, Console.Error, Environment.CurrentDirectory, SceneAssemblyVariable.Read(), Program.Cancellation));
        return command;
    }

    /// <summary>Lists the scenes; returns the exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="filter">Only names containing this text, ignoring case; null for all.</param>
    /// <param name="given">The <c>--assembly</c> files; without any, the project in <paramref name="folder"/>.</param>
    /// <param name="namesOnly">Print bare names (no group headings).</param>
    /// <param name="noBuild">Do not build the project in <paramref name="folder"/> when its sources changed.</param>
    /// <param name="stdout">The list.</param>
    /// <param name="stderr">Build progress, warnings and errors.</param>
    /// <param name="folder">The working folder.</param>
    /// <param name="variable">The assemblies of <see cref="SceneAssemblyVariable"/>.</param>
    /// <param name="cancellation">Stops a build.</param>
    public static int Execute(string? filter, IReadOnlyList<string> given, bool namesOnly, bool noBuild, TextWriter stdout, TextWriter stderr,
        string folder, IReadOnlyList<string> variable, CancellationToken cancellation = default)
    {
        // Progress goes to stderr, so that the list alone is on stdout.
        var catalog = CatalogCommand.Load(given, noBuild, stderr, folder, variable, cancellation, out int exit);
        if (catalog is null) return exit;

        bool Matches(string name) => filter is null || name.Contains(filter, StringComparison.OrdinalIgnoreCase);
        string origin = given.Count > 0 ? "--assembly" : "the project here";
        var groups = catalog.Sources
            .Select(s => (Source: s, Names: s.Names.Where(Matches).ToList()))
            .Where(g => g.Names.Count > 0 || (filter is null && !namesOnly))
            .ToList();
        if (filter is not null && groups.Count == 0)
        {
            stderr.WriteLine($"error: no scene name contains '{filter}'.");
            var close = catalog.Suggest(filter);
            if (close.Count > 0) stderr.WriteLine($"Did you mean: {string.Join(", ", close)}?");
            return ExitCodes.UsageError;
        }
        bool first = true;
        foreach (var (source, names) in groups)
        {
            if (!namesOnly)
            {
                if (!first) stdout.WriteLine();
                string path = Path.IsPathRooted(source.Path) && !IsUnder(source.Path, folder) ? source.Path : Path.GetRelativePath(folder, source.Path);
                stdout.WriteLine($"{path} ({(source.FromVariable ? SceneAssemblyVariable.Name : origin)}):");
                if (names.Count == 0) stdout.WriteLine("  (no scenes)");
            }
            foreach (var name in names) stdout.WriteLine(namesOnly ? name : "  " + name);
            first = false;
        }
        return ExitCodes.Ok;
    }

    private static bool IsUnder(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
