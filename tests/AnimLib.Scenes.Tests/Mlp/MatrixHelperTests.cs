using AnimLib.Core.Tests.Support;
using AnimLib.Scenes.Mlp;
using static AnimLib.Directions;

namespace AnimLib.Scenes.Tests.Mlp;

public class MatrixHelperTests
{
    [Fact]
    public void WeightMatrixColoursBySignAndMagnitude()
    {
        var values = new double[,] { { 9.9, -9.9, 0.5 }, { 1, 2, 3 }, { -1, -2, -3 } };
        var m = new WeightMatrix(values, ellipsesRow: null, ellipsesCol: null);
        var e = m.GetDecimalEntries();
        Assert.Equal("+9.9", e[0].DisplayedText);
        Assert.Equal("–9.9", e[1].DisplayedText);
        Assert.Equal(ValueColors.ValueToColor(9.9, maxValue: 9.9), e[0][0].FillColor);
        Assert.Equal(Palette.RedB, e[1][1].FillColor);
        Assert.Equal(Palette.White, m.GetBrackets()[0].FillColor);
    }

    [Fact]
    public void DefaultWeightMatrixHasDotsAndRandomValuesInRange()
    {
        var m = new WeightMatrix(random: new Random(1));
        Assert.Equal((6, 8), m.Shape);
        Assert.Equal(6 * 8 - (8 + 6 - 1), m.GetDecimalEntries().Count);
        Assert.All(m.GetDecimalEntries(), e => Assert.InRange(e.Value, -9.9, 9.9));
        var again = new WeightMatrix(random: new Random(1));
        Assert.Equal(m.GetValues(), again.GetValues());
    }

    [Fact]
    public void NumericEmbeddingIsAGreyColumnHidingZeroSigns()
    {
        var emb = new NumericEmbedding(values: [0, 9.9, -5, 1, 2]);
        Assert.Equal((5, 1), emb.Shape);
        var entries = emb.GetDecimalEntries();
        Assert.Equal(4, entries.Count); // row −2 is dots
        Assert.Equal(0, entries[0][0].FillOpacity);
        Assert.Equal(Palette.White, entries[1][1].FillColor);
        Assert.Single(emb.GetEllipses());
    }

    [Fact]
    public void EmbeddingArraySwapsOneVectorForDots()
    {
        var array = new EmbeddingArray(shape: (6, 9), random: new Random(2));
        Assert.Equal(8, array.Embeddings.Count);
        Assert.Single(array.Dots);
        Assert.Equal(4, array.Embeddings.GetHeight(), 1);
        Assert.True(array.Brackets[0].GetRight().X <= array.Embeddings.GetLeft().X + 1e-3);
        Assert.Same(array.Embeddings, array[0]);
    }

    [Fact]
    public void RandomizeEntriesRollsToNewValues()
    {
        var m = new WeightMatrix(shape: (3, 3), random: new Random(3), ellipsesRow: null, ellipsesCol: null);
        var before = m.GetDecimalEntries().Select(e => e.Value).ToArray();
        var anim = new RandomizeMatrixEntries(m, new Random(4)) { RateFunc = RateFunctions.Linear };
        anim.Begin();
        anim.Interpolate(1);
        var after = m.GetDecimalEntries().Select(e => e.Value).ToArray();
        Assert.All(after.Zip(before), p => Assert.NotEqual(p.First, p.Second));
        Assert.All(m.GetDecimalEntries(), e => Assert.Equal(ValueColors.ValueToColor(e.Value, maxValue: 9.9), e[0].FillColor));
    }

    [Fact]
    public void VectorPairLabelsTheAngle()
    {
        var pair = VectorPair.GetVectorPair(89.7, length: 2);
        Assert.Equal(4, pair.Count);
        var label = (Tex)pair[3];
        Assert.Equal("89", ((DecimalNumber)label[0]).DisplayedText);
        Assert.Equal(2, pair[1].GetTop().Y, 1);
    }

    [Fact]
    public void HelpersFrame()
    {
        var m = new WeightMatrix(random: new Random(5)).SetHeight(3).ToEdge(Left);
        var emb = new NumericEmbedding(length: 8, random: new Random(6)).SetHeight(3).NextTo(m, Right);
        var array = new EmbeddingArray(shape: (6, 9), random: new Random(7), height: 2).NextTo(emb, Right);
        var pair = VectorPair.GetVectorPair(60, 1.5).ToEdge(Down);
        var scene = new LambdaSceneForTests(s => s.Add(m, emb, array, pair));
        scene.Run(new SceneSettings(854, 480, 15), new NullOutput());
        ReferenceImages.AssertMatches(SceneRenderer.RenderSnapshot(scene.TakeSnapshot()), nameof(MatrixHelperTests));
    }

    private sealed class LambdaSceneForTests(Action<Scene> body) : Scene
    {
        protected override void Construct() => body(this);
    }
}
