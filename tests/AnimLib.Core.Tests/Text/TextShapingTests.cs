using System.Numerics;

namespace AnimLib.Core.Tests.Text;

public class TextShapingTests
{
    [Fact]
    public void LigaturesStayOneGlyphPerCharacter()
    {
        var text = new AnimLib.Mobjects.Text("fi fl ffi");
        Assert.Equal(7, text.Count);
        Assert.Equal(3, text["ffi"][0].Count);
    }

    [Fact]
    public void KerningTightensPairs()
    {
        // CMU Serif kerns "AV": the pair is narrower than the two letters set apart.
        double pair = new AnimLib.Mobjects.Text("AV").GetWidth();
        var apart = new AnimLib.Mobjects.Text("A V");
        double letters = apart[0].GetWidth() + apart[1].GetWidth();
        Assert.True(pair < letters, $"AV is {pair} wide, A and V are {letters} together");
    }

    [Fact]
    public void SurrogatePairsMapToTheirCharacter()
    {
        // U+1D465 MATHEMATICAL ITALIC SMALL X is two UTF-16 units and one glyph.
        var text = new AnimLib.Mobjects.Text("a\U0001D465b");
        Assert.Equal(3, text.Count);
        Assert.Same(text[2], text["b"][0][0]);
        Assert.Equal(1, text["\U0001D465"][0].Count);
    }

    [Fact]
    public void WhitespaceAndTabsGiveNoGlyphButAdvance()
    {
        var spaced = new AnimLib.Mobjects.Text("a  b");
        var tabbed = new AnimLib.Mobjects.Text("a\tb");
        Assert.Equal(2, spaced.Count);
        Assert.Equal(2, tabbed.Count);
        Assert.True(spaced.GetWidth() > new AnimLib.Mobjects.Text("a b").GetWidth());
        Assert.True(tabbed.GetWidth() > new AnimLib.Mobjects.Text("a b").GetWidth());
    }

    [Fact]
    public void AlignmentPlacesShortLines()
    {
        var left = new AnimLib.Mobjects.Text("wide line\nx", alignment: TextAlignment.Left);
        var right = new AnimLib.Mobjects.Text("wide line\nx", alignment: TextAlignment.Right);
        var centre = new AnimLib.Mobjects.Text("wide line\nx");
        Assert.True(left["x"][0].GetLeft().X < left.GetLeft().X + 0.05);
        Assert.True(right["x"][0].GetRight().X > right.GetRight().X - 0.05);
        Assert.Equal(0, centre["x"][0].GetCenter().X, 1);
    }

    [Fact]
    public void LineSpacingScalesThePitch()
    {
        double Pitch(double spacing)
        {
            var t = new AnimLib.Mobjects.Text("x\nx", lineSpacing: spacing);
            return t[0].GetCenter().Y - t[1].GetCenter().Y;
        }
        Assert.Equal(2, Pitch(1.6) / Pitch(0.8), 2);
    }

    [Fact]
    public void WeightAndSlantPickOtherFaces()
    {
        var regular = new AnimLib.Mobjects.Text("Bold");
        var bold = new AnimLib.Mobjects.Text("Bold", weight: FontWeight.Bold);
        var italic = new AnimLib.Mobjects.Text("Bold", slant: FontSlant.Italic);
        Assert.True(bold.GetWidth() > regular.GetWidth() * 1.05);
        Assert.NotEqual(regular[0].Points, italic[0].Points);
    }

    [Fact]
    public void OutlinesAreClosedCubics()
    {
        foreach (var glyph in new AnimLib.Mobjects.Text("Og8").Members)
        {
            Assert.Equal(0, glyph.Points.Length % 4);
            Assert.All(glyph.Points, p => Assert.Equal(0, p.Z));
        }
    }

    [Fact]
    public void ConcurrentLayoutsAgree()
    {
        var strings = Enumerable.Range(0, 64).Select(i => $"Layer {i} — ŵéïght {i * 7}").ToArray();
        var expected = strings.Select(s => new AnimLib.Mobjects.Text(s, font: "DejaVu Sans").Members.Select(g => g.Points).ToArray()).ToArray();
        var results = new System.Collections.Concurrent.ConcurrentDictionary<int, Vector3[][]>();
        Parallel.For(0, strings.Length * 4, i =>
        {
            int k = i % strings.Length;
            results[i] = new AnimLib.Mobjects.Text(strings[k], font: "DejaVu Sans").Members.Select(g => g.Points).ToArray();
        });
        foreach (var (i, points) in results)
        {
            var want = expected[i % strings.Length];
            Assert.Equal(want.Length, points.Length);
            for (int g = 0; g < want.Length; g++) Assert.Equal(want[g], points[g]);
        }
    }

    [Fact]
    public void LayoutsAreReadInSourceOrder()
    {
        var glyphs = TextLayoutEngine.Layout("ab\ncd", new TextLayoutStyle("DejaVu Sans", FontWeight.Normal, FontSlant.Normal, 0.96, TextAlignment.Center));
        Assert.Equal([0, 1, 3, 4], glyphs.Select(g => g.CharIndex));
    }
}
