using System.Xml.Linq;

namespace AnimLib.Docs.Tests;

/// <summary>
/// The library documents its whole public surface: src/ builds with GenerateDocumentationFile and warnings as errors
/// (so a missing comment, CS1591, fails the build), and every public type of AnimLib.Core has its summary.
/// </summary>
public sealed class ApiDocsTests
{
    [Fact]
    public void MissingXmlDocsAreBuildErrorsUnderSrc()
    {
        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        var srcGroup = props.Descendants("PropertyGroup").Single(g => ((string?)g.Attribute("Condition") ?? "").Contains("/src/", StringComparison.Ordinal));
        Assert.Equal("true", (string?)srcGroup.Element("TreatWarningsAsErrors"));
        Assert.Equal("true", (string?)srcGroup.Element("GenerateDocumentationFile"));
        foreach (var csproj in Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories))
            Assert.DoesNotContain("1591", File.ReadAllText(csproj));
    }

    [Fact]
    public void EveryPublicTypeOfTheLibraryHasASummary()
    {
        var assembly = typeof(Scene).Assembly;
        string xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(xmlPath), $"{xmlPath} is missing: AnimLib.Core is not built with GenerateDocumentationFile");
        var documented = XDocument.Load(xmlPath).Descendants("member")
            .Where(m => m.Element("summary") is not null || m.Element("inheritdoc") is not null)
            .Select(m => (string)m.Attribute("name")!).ToHashSet();
        // C# 14 extension blocks compile to public grouping types with unspeakable names ("<G>$…"): the compiler writes
        // the block's summary on its marker type, and no author can name the grouping type.
        var missing = assembly.GetExportedTypes().Where(t => !t.Name.StartsWith('<'))
            .Select(t => "T:" + t.FullName!.Replace('+', '.'))
            .Where(id => !documented.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "public types without a summary: " + string.Join(", ", missing));
    }
}
