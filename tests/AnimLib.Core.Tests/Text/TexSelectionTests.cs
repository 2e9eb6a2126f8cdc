using System.Numerics;

namespace AnimLib.Core.Tests.Text;

/// <summary>
/// Substring selection in Tex is read from a labelled compile: each selected piece must be exactly the glyphs the piece
/// draws when compiled alone, in the same order and of the same shapes.
/// </summary>
public class TexSelectionTests
{
    private const string ProductRule = @"\frac{d}{dx} f(x)g(x) = f(x) \frac{d}{dx} g(x) + g(x) \frac{d}{dx} f(x)";

    [Fact]
    public void PieceAfterAFractionStartsAtItsOwnFirstGlyph()
    {
        var tex = new Tex(ProductRule);
        const string piece = @"f(x) \frac{d}{dx} g(x)";
        var selected = Assert.Single(tex[piece].Members);
        AssertSameGlyphs(new Tex(piece), selected);
        // The glyph before the piece is "=", which the glyph-count estimate used to take as the piece's first.
        int first = tex.GetGlyphIndices(piece)[0][0];
        AssertSameOutline((VMobject)new Tex("=")[0], (VMobject)tex[first - 1]);
    }

    public static TheoryData<string, string, bool> Battery => new()
    {
        { ProductRule, @"g(x) \frac{d}{dx} f(x)", true },
        { @"\sum_{i=1}^{n} i^2 = \frac{n(n+1)(2n+1)}{6}", @"\frac{n(n+1)(2n+1)}{6}", true },
        { @"\sum_{i=1}^{n} i^2 = \frac{n(n+1)(2n+1)}{6}", @"\sum_{i=1}^{n}", true },
        { @"x + \sum_{k=0}^{\infty} \frac{1}{k!} = e", @"\sum_{k=0}^{\infty} \frac{1}{k!}", true },
        { @"\frac{a+b}{c} = \sqrt{x^2 + y^2} + \sqrt[3]{z}", @"\sqrt{x^2 + y^2}", true },
        { @"\frac{a+b}{c} = \sqrt{x^2 + y^2} + \sqrt[3]{z}", @"\sqrt[3]{z}", true },
        { @"\sqrt{2} \cdot \frac{1}{2} = \frac{\sqrt{2}}{2}", @"\frac{1}{2}", true },
        { @"2 \left( \frac{a}{b} \right)^2 + \left[ x \right]", @"\left( \frac{a}{b} \right)^2", true },
        { @"2 \left( \frac{a}{b} \right)^2 + \left[ x \right]", @"\left[ x \right]", true },
        { @"\overrightarrow{AB} + \overrightarrow{BC} = \overrightarrow{AC}", @"\overrightarrow{BC}", true },
        { @"\frac{1}{2} A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix} \vec{x}", @"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}", true },
        { @"\frac{1}{2} A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix} \vec{x}", @"\vec{x}", true },
        { @"\frac{1}{2} y = 0 \text{ if } x > 0", @"\text{ if } x > 0", true },
        { @"$\frac{1}{2}$ area is $\frac{\pi}{4} r^2$ here", @"here", false },
        { @"$\frac{1}{2}$ of a $\sqrt{x}$ cake", @"$\sqrt{x}$ cake", false },
    };

    [Theory]
    [MemberData(nameof(Battery))]
    public void SelectedPieceHasTheGlyphsOfThePieceAlone(string formula, string piece, bool math)
    {
        var tex = math ? new Tex(formula) : new TexText(formula);
        var alone = math ? new Tex(piece) : new TexText(piece);
        Assert.NotNull(tex.LabelledGlyphIndices(piece)); // read from the labelled compile, not estimated
        AssertSameGlyphs(alone, Assert.Single(tex[piece].Members));
    }

    [Fact]
    public void EntryOfAMatrixIsItsOwnGlyph()
    {
        var tex = new Tex(@"\frac{1}{2} \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}");
        var three = Assert.Single(tex["3"].Members);
        AssertSameGlyphs(new Tex("3"), three);
    }

    [Fact]
    public void OperatorAloneLeavesItsLimitsOut()
    {
        var tex = new Tex(@"\frac{1}{2} \sum_{i=1}^{n} x_i");
        Assert.NotNull(tex.LabelledGlyphIndices(@"\sum"));
        AssertSameGlyphs(new Tex(@"\sum"), Assert.Single(tex[@"\sum"].Members));
        var sub = Assert.Single(tex["x_i"].Members);
        Assert.Equal(2, sub.Count);
        // A lower limit alone: its three glyphs, set after the upper limit and the operator.
        Assert.Equal([5, 6, 7], Assert.Single(tex.LabelledGlyphIndices("i=1")!));
    }

    [Fact]
    public void EveryOccurrenceIsFoundAndLettersOfCommandsAreNot()
    {
        var tex = new Tex(@"\frac{x}{2} + \exp x + x^2");
        var xs = tex["x"];
        Assert.Equal(3, xs.Count);
        Assert.All(xs, x => AssertSameOutline((VMobject)new Tex("x")[0], (VMobject)x[0]));
    }

    [Fact]
    public void ColouringByStringColoursExactlyThePiece()
    {
        var tex = new Tex(ProductRule, t2c: new Dictionary<string, Color> { [@"\frac{d}{dx} g(x)"] = Palette.Yellow });
        var yellow = tex.Submobjects.Cast<VMobject>().Where(g => g.FillColor == Palette.Yellow).ToList();
        Assert.Equal(new Tex(@"\frac{d}{dx} g(x)").Count, yellow.Count);
        Assert.Equal(Assert.Single(tex[@"\frac{d}{dx} g(x)"].Members).Submobjects.Cast<VMobject>(), yellow);
    }

    [Fact]
    public void UnbalancedPieceFallsBackToTheEstimate()
    {
        var tex = new Tex(@"\frac{a}{b} + c");
        // "a}{b" closes a brace it did not open: it cannot be labelled, so the symbol table answers.
        Assert.Null(tex.LabelledGlyphIndices("a}{b"));
        Assert.Single(tex["a}{b"].Members);
    }

    [Fact]
    public void EstimateCountsTheFractionBar()
    {
        // The fallback and GetSymbols still count glyphs per symbol: a fraction's bar is one of them.
        Assert.Equal(new Tex(ProductRule).Count, TexSymbols.Tokenize(ProductRule).Sum(s => s.Glyphs));
    }

    [Fact]
    public void SwitchesGoInsideScriptsNotBetweenNucleusAndScripts()
    {
        string marked = TexLabelling.Mark(@"\sum_{i=1}^n x", [(0, 4)])!;
        Assert.Equal(@"\AnimlibLabel[RGB]{0,0,1}\sum_{{\AnimlibLabel[RGB]{0,0,0}i=1}}^{{\AnimlibLabel[RGB]{0,0,0}n}}\AnimlibLabel[RGB]{0,0,0} x", marked);
        Assert.Null(TexLabelling.Mark(@"\frac{a}{b}", [(6, 10)]));
        Assert.Null(TexLabelling.Mark("$a$ b $c$", [(1, 5)])); // "a$ b" leaves math in the middle
    }

    [Fact]
    public void ColourSpecsDecodeToLabels()
    {
        Assert.Equal(1, DviMarks.LabelOf(["rgb", "0", "0", "0.00392"]));
        Assert.Equal(65536 * 3 + 256 * 200 + 44, DviMarks.LabelOf(["rgb", "0.01176", "0.78432", "0.17255"]));
        Assert.Equal(0, DviMarks.LabelOf(["gray", "0"]));
    }

    private static void AssertSameGlyphs(Tex alone, VGroup selected)
    {
        Assert.Equal(alone.Count, selected.Count);
        for (int i = 0; i < alone.Count; i++) AssertSameOutline((VMobject)alone[i], (VMobject)selected[i]);
    }

    // Outlines compared up to a translation: the same glyph of the same font at the same size.
    private static void AssertSameOutline(VMobject expected, VMobject actual)
    {
        var a = Normalized(expected);
        var b = Normalized(actual);
        Assert.Equal(a.Length, b.Length);
        for (int k = 0; k < a.Length; k++) Assert.True(Vector3.Distance(a[k], b[k]) < 1e-3, $"Point {k}: {a[k]} vs {b[k]}");
    }

    private static Vector3[] Normalized(VMobject glyph)
    {
        var points = glyph.Points;
        var min = points.Aggregate(new Vector3(float.MaxValue), Vector3.Min);
        return points.Select(p => p - min).ToArray();
    }
}
