using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// A column of 8 neurons wired to a column of 16: first one hidden neuron at a time lights up with a single feature word
/// beside it (15 words), then a brace over the whole column and random activation patterns, each paired with a new
/// feature word, to suggest features that live in combinations of neurons.
/// </summary>
public sealed class MLPFeatures : Scene
{
    private static readonly string[] FeatureWords =
    [
        "Table", "Slang", "AM Radio", "Humble", "Notebook", "Transparent", "Duration", "Madonna", "Mirror", "Pole Vaulting",
        "Albert Einstein", "Authentic", "Scientific", "Passionate", "Bell Laboratories", "Uzbekistan", "Umbrella",
        "Immanuel Kant", "Baroque Music", "Intense", "Clock", "Water skiing", "Ancient Egypt", "Ambiguous", "Volume",
        "Alexander the Great", "Innovative", "Religious",
    ];

    /// <inheritdoc/>
    protected override void Construct()
    {
        // Add neurons
        const double radius = 0.15;
        var layers = new VGroup<VGroup<Dot>>(
            new[] { 8, 16 }.Select(n => new Dot(radius: radius).GetGrid(n, 1, buff: radius / 2)));
        var layer1 = layers[0];
        var layer2 = layers[1];
        layer2.Arrange(Down, buff: radius);
        layers.Arrange(Right, buff: 3.0);
        layers.ToEdge(Left, buff: Constants.LargeBuff);
        layers.SetStroke(White, 1);
        foreach (var neuron in layer1)
            neuron.SetFill(opacity: Random.NextDouble());
        layer2.SetFill(opacity: 0);
        Add(layers);

        // Add connections
        var connections = NetworkConnections.GetNetworkConnections(layer1, layer2, Random);
        Add(connections);

        // Show single-neuron features
        using var features = ((IEnumerable<string>)FeatureWords).GetEnumerator();
        string NextFeature() => features.MoveNext()
            ? features.Current
            : throw new InvalidOperationException("MLPFeatures ran out of feature words.");

        VMobject lastNeuron = new VGroup();
        VMobject lastFeatureLabel = new VGroup();
        Text featureLabel = null!;
        foreach (var neuron in layer2[..15])
        {
            featureLabel = new Text(NextFeature(), fontSize: 36);
            featureLabel.NextTo(neuron, buff: Constants.SmallBuff);
            Play(
                FadeOut(lastFeatureLabel),
                FadeIn(featureLabel),
                lastNeuron.Animate().SetFill(opacity: 0),
                neuron.Animate().SetFill(opacity: 1));
            lastNeuron = neuron;
            lastFeatureLabel = featureLabel;
        }

        // Show polysemantic features
        var brace = new Brace(layer2, Right);
        Play(
            featureLabel.Animate().Scale(48.0 / 36).NextTo(brace, Right),
            GrowFromCenter(brace),
            ToRandomState(layer2));
        Wait();

        for (int n = 0; n < 12; n++)
        {
            featureLabel = new Text(NextFeature());
            featureLabel.NextTo(brace, Right);
            Play(
                FadeOut(lastFeatureLabel),
                FadeIn(featureLabel),
                ToRandomState(layer2));
            Wait(0.5);
            lastFeatureLabel = featureLabel;
        }
    }

    /// <summary>Moves every neuron of <paramref name="layer"/> to a fresh random fill opacity.</summary>
    private Animation ToRandomState(VGroup<Dot> layer)
    {
        foreach (var dot in layer.GenerateTarget())
            dot.SetFill(opacity: Random.NextDouble());
        return MoveToTarget(layer);
    }
}
