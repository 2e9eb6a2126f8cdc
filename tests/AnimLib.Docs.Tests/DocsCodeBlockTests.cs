using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis;

namespace AnimLib.Docs.Tests;

/// <summary>Every ```csharp block in README.md and docs/*.md compiles against AnimLib.</summary>
public sealed class DocsCodeBlockTests
{
    // What a scene file of the docs is assumed to start with when it shows only a fragment: .NET's implicit usings,
    // the scene namespaces that the AnimLib package imports into a project (read from the very file it ships, so the
    // docs are checked against what users get) and the static imports every example writes.
    private static readonly string GlobalUsings = string.Join('\n',
        new[] { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Numerics" }
            .Concat(PackageUsings())
            .Select(ns => $"global using {ns};")
            .Concat(["global using static AnimLib.Anim;", "global using static AnimLib.Directions;", "global using static AnimLib.Palette;"]));

    /// <summary>The namespaces that src/AnimLib.Core/buildTransitive/AnimLib.props imports into a referencing project.</summary>
    public static IReadOnlyList<string> PackageUsings()
    {
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(RepoPaths.Root, "src", "AnimLib.Core", "buildTransitive", "AnimLib.props"));
        return props.Descendants("Using").Select(u => (string)u.Attribute("Include")!).ToList();
    }

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToHashSet();
        paths.Add(typeof(Scene).Assembly.Location);
        return paths.Where(File.Exists).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    });

    public static TheoryData<string> Blocks()
    {
        var data = new TheoryData<string>();
        foreach (var b in DocsCodeBlock.All()) data.Add(b.ToString());
        return data;
    }

    [Fact]
    public void TheGuidesHaveCodeBlocks()
    {
        var files = DocsCodeBlock.All().Select(b => b.File).ToHashSet();
        foreach (var guide in new[] { "getting-started.md", "authoring.md", "troubleshooting.md" })
            Assert.Contains(Path.Combine("docs", guide), files);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Compiles(string where)
    {
        var block = DocsCodeBlock.All().Single(b => b.ToString() == where);
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        // `#:project` and similar file-based-app directives are for `dotnet run file.cs`; the compiler here ignores them.
        string source = string.Join('\n', block.ToCompilationUnit().Split('\n').Where(l => !l.StartsWith("#:", StringComparison.Ordinal)));
        var trees = new[] { CSharpSyntaxTree.ParseText(GlobalUsings, parse), CSharpSyntaxTree.ParseText(source, parse, path: where) };
        bool hasTopLevelStatements = trees[1].GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create("DocsBlock", trees, References.Value,
            new CSharpCompilationOptions(hasTopLevelStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{where} does not compile:\n{string.Join('\n', errors)}\n--- source ---\n{source}");
    }
}
