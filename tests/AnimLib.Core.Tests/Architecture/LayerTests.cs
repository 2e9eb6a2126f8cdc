using NetArchTest.Rules;

namespace AnimLib.Core.Tests.Architecture;

/// <summary>
/// The library's folders are its layers and each layer is a namespace; these tests hold the dependencies to one
/// direction, so a lower layer cannot start using a higher one (docs/architecture.md draws the same picture).
/// </summary>
public sealed class LayerTests
{
    private const string Root = "AnimLib";

    /// <summary>Every layer, bottom first, with the layers it must not use.</summary>
    public static TheoryData<string, string[]> Layers() => new()
    {
        { "Geometry", ["Display", "Mobjects", "Animations", "Cameras", "Capture", "Scenes", "Rendering", "Encoding", "Pipeline", "Output"] },
        { "Display", ["Mobjects", "Animations", "Cameras", "Capture", "Scenes", "Rendering", "Encoding", "Pipeline", "Output"] },
        { "Mobjects", ["Animations", "Cameras", "Capture", "Scenes", "Rendering", "Encoding", "Pipeline", "Output"] },
        { "Animations", ["Cameras", "Capture", "Scenes", "Rendering", "Encoding", "Pipeline", "Output"] },
        { "Cameras", ["Animations", "Capture", "Scenes", "Rendering", "Encoding", "Pipeline", "Output"] },
        { "Capture", ["Animations", "Scenes", "Rendering", "Encoding", "Pipeline", "Output"] },
        { "Scenes", ["Rendering", "Encoding", "Pipeline", "Output"] },
        { "Rendering", ["Mobjects", "Animations", "Cameras", "Capture", "Scenes", "Encoding", "Pipeline", "Output"] },
        { "Encoding", ["Mobjects", "Animations", "Cameras", "Capture", "Scenes", "Pipeline", "Output"] },
        { "Pipeline", ["Output"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void LayerUsesNoHigherLayer(string layer, string[] forbidden)
    {
        var result = Types.InAssembly(typeof(Scene).Assembly)
            .That().ResideInNamespace($"{Root}.{layer}")
            .ShouldNot().HaveDependencyOnAny(forbidden.Select(f => $"{Root}.{f}").ToArray())
            .GetResult();
        Assert.True(result.IsSuccessful,
            $"{layer} must not use {string.Join(", ", forbidden)}; these types do: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    /// <summary>
    /// The static vocabularies in the root namespace (imported with <c>using static</c>) sit at the bottom with the
    /// geometry they name, so every layer may use them.
    /// </summary>
    [Theory]
    [InlineData(typeof(Palette))]
    [InlineData(typeof(Directions))]
    [InlineData(typeof(Constants))]
    public void VocabularyUsesOnlyGeometry(Type vocabulary)
    {
        string[] layers = ["Display", "Mobjects", "Animations", "Cameras", "Capture", "Scenes", "Rendering", "Encoding", "Pipeline", "Output"];
        var result = Types.InAssembly(typeof(Scene).Assembly)
            .That().HaveName(vocabulary.Name).And().ResideInNamespace(Root)
            .ShouldNot().HaveDependencyOnAny(layers.Select(f => $"{Root}.{f}").ToArray())
            .GetResult();
        Assert.True(result.IsSuccessful, $"{vocabulary.Name} must use nothing above Geometry.");
    }

    /// <summary>Every type of the library lives in a layer's namespace or is one of the root vocabularies.</summary>
    [Fact]
    public void EveryTypeIsInALayer()
    {
        string[] layers = ["Geometry", "Display", "Mobjects", "Animations", "Cameras", "Capture", "Scenes", "Rendering", "Encoding", "Pipeline", "Output"];
        string[] rootTypes = ["Anim", "Palette", "Directions", "Constants"];
        var strays = typeof(Scene).Assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace is not null && !t.Name.StartsWith('<'))
            .Where(t => t.Namespace == Root ? !rootTypes.Contains(t.Name) : !layers.Any(l => t.Namespace == $"{Root}.{l}"))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(strays);
    }

    /// <summary>Only the pipeline's stages and the Anim factories sit above Mobjects and may name an animation.</summary>
    [Fact]
    public void NothingBelowAnimationsUsesTheAnimFactories()
    {
        var result = Types.InAssembly(typeof(Scene).Assembly)
            .That().ResideInNamespace($"{Root}.Mobjects").Or().ResideInNamespace($"{Root}.Geometry")
            .Or().ResideInNamespace($"{Root}.Display").Or().ResideInNamespace($"{Root}.Cameras")
            .ShouldNot().HaveDependencyOn($"{Root}.Anim")
            .GetResult();
        Assert.True(result.IsSuccessful, $"these types use AnimLib.Anim: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
