using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace AnimLib.Cli.Preview;

/// <summary>
/// Compiles a <see cref="SceneProject"/> in process with Roslyn. The instance is kept for the whole preview: the
/// metadata references are read once and a file's syntax tree is parsed again only when the file changed, so a save
/// costs a semantic pass and an emit, not a <c>dotnet build</c>.
/// </summary>
public sealed class SceneCompiler
{
    private readonly SceneProject _project;
    private readonly IReadOnlyList<MetadataReference> _references;
    private readonly CSharpParseOptions _parseOptions;
    private readonly ConcurrentDictionary<string, (string Text, SyntaxTree Tree)> _trees = new(StringComparer.Ordinal);
    private CSharpCompilation? _last;
    private int _generation;

    /// <summary>Prepares a compiler for <paramref name="project"/>, reading its references.</summary>
    public SceneCompiler(SceneProject project)
    {
        _project = project;
        _references = References(project);
        // The symbols a `dotnet build` of a net10.0 project defines, so #if blocks compile the same.
        _parseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None,
            preprocessorSymbols: ["DEBUG", "TRACE", "NET", "NET10_0", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER",
                "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "NET9_0_OR_GREATER", "NET10_0_OR_GREATER"]);
    }

    /// <summary>
    /// Compiles the project's current sources. Each result has a new assembly name, so a fresh load context never
    /// mistakes it for the previous generation's.
    /// </summary>
    public CompileResult Compile()
    {
        var clock = Stopwatch.StartNew();
        var sources = _project.Sources().ToList();
        if (_project.GeneratedUsings is { } usings) sources.Add(usings);
        var trees = new List<SyntaxTree>(sources.Count);
        foreach (var path in sources) trees.Add(Parse(path));
        foreach (var gone in _trees.Keys.Except(sources).ToList()) _trees.TryRemove(gone, out _);

        string name = $"{_project.AssemblyName}.preview{Interlocked.Increment(ref _generation)}";
        // Reusing the previous compilation keeps what Roslyn already bound for the references (the expensive part).
        var compilation = _last is null
            ? CSharpCompilation.Create(name, trees, _references, Options)
            : _last.WithAssemblyName(name).RemoveAllSyntaxTrees().AddSyntaxTrees(trees);

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var emit = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var errors = emit.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .Select(ToError)
            .ToList();
        _last = compilation;
        return emit.Success
            ? new CompileResult(pe.ToArray(), pdb.ToArray(), [], clock.Elapsed)
            : new CompileResult(null, null, errors, clock.Elapsed);
    }

    private static CSharpCompilationOptions Options { get; } = new(OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Debug, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true,
        concurrentBuild: true);

    private SyntaxTree Parse(string path)
    {
        // The text, not the time stamp, decides: two saves within one tick of the file system's clock are both seen,
        // and reading a scene file is far cheaper than parsing it.
        string text = ReadShared(path);
        if (_trees.TryGetValue(path, out var cached) && string.Equals(cached.Text, text, StringComparison.Ordinal)) return cached.Tree;
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(text, System.Text.Encoding.UTF8), _parseOptions, path);
        _trees[path] = (text, tree);
        return tree;
    }

    private static string ReadShared(string path)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return reader.ReadToEnd();
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(20);
            }
        }
    }

    private CompileError ToError(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        string file = span.Path is { Length: > 0 } p ? Path.GetRelativePath(_project.Folder, p) : _project.AssemblyName;
        return new CompileError(file, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, d.Id,
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The framework's assemblies (those of the running runtime, the same major version the project targets) and the
    /// project's packages, AnimLib included, from its last restore and build.
    /// </summary>
    private static IReadOnlyList<MetadataReference> References(SceneProject project)
    {
        string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var references = new List<MetadataReference>();
        // The project's own copies win: a package may carry a newer assembly than the framework's.
        foreach (var dll in project.PackageAssemblies().Compile)
        {
            string simple = Path.GetFileNameWithoutExtension(dll);
            if (!IsManaged(dll)) continue;
            if (seen.Add(simple)) references.Add(MetadataReference.CreateFromFile(dll));
        }
        foreach (var dll in Directory.GetFiles(framework, "*.dll").Order(StringComparer.Ordinal))
        {
            string simple = Path.GetFileNameWithoutExtension(dll);
            if (seen.Contains(simple) || !IsManaged(dll)) continue;
            seen.Add(simple);
            references.Add(MetadataReference.CreateFromFile(dll));
        }
        return references;
    }

    private static bool IsManaged(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
