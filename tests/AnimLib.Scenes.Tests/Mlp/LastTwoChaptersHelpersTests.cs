using System.Numerics;
using AnimLib.Scenes.Mlp;
using static AnimLib.Directions;

namespace AnimLib.Scenes.Tests.Mlp;

/// <summary>The block, icon and thumbnail helpers that LastTwoChapters shares with MLPIcon and ShowBiasBakedIntoWeightMatrix.</summary>
public class LastTwoChaptersHelpersTests
{
    private sealed class Exposed : LastTwoChapters
    {
        public Cube Block() => GetBlock();
        public VGroup<Dot> AttIcon(Mobject block) => GetAttIcon(block);
        public VGroup MlpIcon(Mobject block, double layerBuff = 1.5, int layer0Size = 5) => GetMlpIcon(block, layerBuff: layerBuff, layer0Size: layer0Size);
        public Group Thumbnails() => GetThumbnails();
    }

    [Fact]
    public void BlockIsAShadedTranslucentSlabSortedForPainting()
    {
        var block = new Exposed().Block();
        Assert.Equal(5, block.GetWidth(), 4);
        Assert.Equal(3, block.GetHeight(), 4);
        Assert.Equal(1, block.GetDepth(), 4);
        var keys = block.Submobjects.Select(f => { var c = f.GetCenter(); return -c.X + c.Y + c.Z; }).ToList();
        Assert.Equal(keys.OrderBy(k => k), keys);
        Assert.All(block.GetFamily(), m => Assert.False(m.DepthTest));
        Assert.All(block.Faces(), f => Assert.Equal(0.8, f.GetOpacity(), 6));
    }

    [Fact]
    public void AttentionIconIsAnEightByEightGridOnTheFrontFace()
    {
        var scene = new Exposed();
        var block = scene.Block().Shift(new Vector3(1, 2, 3));
        var icon = scene.AttIcon(block);
        Assert.Equal(64, icon.Submobjects.Count);
        Assert.Equal(0.9 * 3, icon.GetHeight(), 4);
        Assert.Equal(block.GetZ(Out), icon.GetZ(), 4);
        Assert.Equal(block.GetX(), icon.GetX(), 4);
        Assert.All(icon.Members, d => Assert.InRange(d.FillOpacity, 0, 1));
        // random⁵: most dots are faint.
        Assert.True(icon.Members.Count(d => d.FillOpacity < 0.5) > 32);
    }

    [Fact]
    public void MlpIconConnectsEveryDotOfNeighbouringLayers()
    {
        var scene = new Exposed();
        var block = scene.Block();
        var icon = scene.MlpIcon(block);
        var layers = (VGroup)icon[0];
        var lines = (VGroup)icon[1];
        Assert.Equal([5, 10, 5], layers.Submobjects.Select(l => l.Submobjects.Count));
        Assert.Equal(5 * 10 + 10 * 5, lines.Submobjects.Count);
        Assert.Equal(0.9 * 3, layers.GetHeight(), 4);
        Assert.All(lines, l => Assert.InRange(l.StrokeWidth, 0, 3));
        // The gap between the columns is the layer buff.
        Assert.Equal(1.5, layers[1].GetLeft().X - layers[0].GetRight().X, 4);

        var big = scene.MlpIcon(new Square(6), layerBuff: 3.0, layer0Size: 6);
        Assert.Equal(6 * 12 * 2, big[1].Submobjects.Count);
    }

    [Fact]
    public void ThumbnailsAreFramedFixedAndSideBySide()
    {
        var thumbnails = new Exposed().Thumbnails();
        Assert.Equal(2, thumbnails.Submobjects.Count);
        Assert.Equal(3.5, thumbnails.GetHeight(), 4);
        Assert.All(thumbnails.GetFamily(), m => Assert.True(m.IsFixedInFrame));
        Assert.Equal(1.0, thumbnails[1].GetLeft().X - thumbnails[0].GetRight().X, 3);
        Assert.IsType<SurroundingRectangle>(thumbnails[0][0]);
        Assert.IsType<ImageMobject>(thumbnails[0][1]);
    }

    [Fact]
    public void WrappedArrowLoopsOverTheBlockIntoItsLeftEdge()
    {
        var rect = new Rectangle(6, 4);
        var arrow = ShowBiasBakedIntoWeightMatrix.GetWrappedArrow(rect);
        Assert.False(arrow.IsClosed());
        Assert.Equal(3, arrow.Points[0].X, 4);
        Assert.Equal(0, arrow.Points[0].Y, 4);
        Assert.Equal(2 + 0.75, arrow.GetTop().Y, 2);
        Assert.Equal(-3 - 0.75, arrow.GetLeft().X, 2);
        var tip = Assert.IsType<ArrowTip>(arrow.Submobjects.Single());
        // The tip ends at the block's left edge, pointing right.
        Assert.Equal(-3, tip.GetRight().X, 3);
        Assert.Equal(Palette.GreyB, tip.FillColor);
    }

    [Fact]
    public void LabelledBlockHasFourPartsAndTheRequestedHeight()
    {
        var block = ShowBiasBakedIntoWeightMatrix.GetBlock(new Square(2.0), "MLP", "1.2B Parameters", color: Palette.Blue);
        Assert.Equal(4, block.Submobjects.Count);
        Assert.Equal(2, block[0].GetHeight(), 3);
        Assert.Equal(Palette.Blue, block[0].StrokeColor);
        Assert.Equal(0.2, block[0].FillOpacity, 6);
        Assert.True(block[2].GetTop().Y < block[0].GetBottom().Y);
        Assert.True(block[3].GetBottom().Y > block[0].GetTop().Y);

        var wrapper = ShowBiasBakedIntoWeightMatrix.GetLayerWrapper(new VGroup(block, block.Copy().Shift(4 * Right)));
        Assert.Equal(4, wrapper[0].GetHeight(), 3);
        Assert.Single(wrapper[1].Submobjects);
    }

    [Fact]
    public void LayerNormIconHasTwoFlatAxesWithBellCurves()
    {
        var icon = ShowBiasBakedIntoWeightMatrix.GetLayerNormIcon();
        Assert.Equal(5, icon.Submobjects.Count);
        var axes1 = Assert.IsType<Axes>(icon[0]);
        var axes2 = Assert.IsType<Axes>(icon[3]);
        Assert.Equal(1.5, axes1.GetWidth(), 1);
        Assert.True(axes1.GetBottom().Y > axes2.GetTop().Y);
        // The lower curve peaks at x = 0 with 1.5·pdf(0) ≈ 0.598.
        var peak = axes2.C2P(0, 1.5 / Math.Sqrt(2 * Math.PI));
        Assert.Equal(peak.Y, icon[4].GetTop().Y, 2);
    }
}
