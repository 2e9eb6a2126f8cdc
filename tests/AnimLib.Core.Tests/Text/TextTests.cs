using System.Numerics;

namespace AnimLib.Core.Tests.Text;

public class TextTests
{
    [Fact]
    public void OneGlyphPerVisibleCharacterCentredAtOrigin()
    {
        var text = new AnimLib.Mobjects.Text("Hello world");
        Assert.Equal(10, text.Count);
        Assert.All(text.Members, g => Assert.True(g.Points.Length >= 4));
        Assert.Equal(0, text.GetCenter().X, 3);
        Assert.Equal(0, text.GetCenter().Y, 3);
        // Reading order: each glyph starts to the right of the previous one.
        for (int i = 1; i < text.Count; i++) Assert.True(text[i].GetCenter().X > text[i - 1].GetCenter().X);
    }

    [Fact]
    public void FontSizeSetsTheScale()
    {
        var a = new AnimLib.Mobjects.Text("H");
        var b = new AnimLib.Mobjects.Text("H", fontSize: 96);
        Assert.Equal(2 * a.GetHeight(), b.GetHeight(), 3);
        // CMU Serif capital height is about 0.68 em, one em being 0.0076 × 48 units.
        Assert.InRange(a.GetHeight(), 0.2, 0.3);
    }

    [Fact]
    public void GlyphsAreFilledWhiteWithoutStroke()
    {
        var g = new AnimLib.Mobjects.Text("A")[0];
        Assert.Equal(Palette.White, g.FillColor);
        Assert.Equal(1, g.FillOpacity);
        Assert.Equal(0, g.StrokeWidth);
    }

    [Fact]
    public void SubstringSelectsEveryOccurrence()
    {
        var text = new AnimLib.Mobjects.Text("the cat and the hat");
        var the = text["the"];
        Assert.Equal(2, the.Count);
        Assert.Equal(3, the[0].Count);
        Assert.Same(text[0], the[0][0]);
        Assert.Same(text[9], the[1][0]); // "thecatand" is 9 glyphs before the second "the"
        Assert.Empty(text["dog"]);
    }

    [Fact]
    public void T2cColoursSubstrings()
    {
        var text = new AnimLib.Mobjects.Text("red and blue", t2c: new Dictionary<string, Color> { ["red"] = Palette.Red, ["blue"] = Palette.Blue });
        Assert.Equal(Palette.Red, text[0].FillColor);
        Assert.Equal(Palette.White, text[3].FillColor);
        Assert.Equal(Palette.Blue, text[^1].FillColor);
    }

    [Fact]
    public void LinesStackAndAlignLeft()
    {
        var text = new AnimLib.Mobjects.Text("a long line\nb", alignment: TextAlignment.Left);
        var first = text["a"][0];
        var b = text["b"][0];
        Assert.True(b.GetCenter().Y < first.GetCenter().Y - 0.2);
        Assert.Equal(first.GetLeft().X, b.GetLeft().X, 1);
        var centred = new AnimLib.Mobjects.Text("a long line\nb");
        Assert.True(centred["b"][0].GetCenter().X > centred.GetLeft().X + 0.5);
    }

    [Fact]
    public void SymbolsCountGlyphs()
    {
        var text = new AnimLib.Mobjects.Text("MLP x");
        Assert.Equal(["M", "L", "P", "x"], text.GetSymbols().Select(s => s.Symbol));
        Assert.All(text.GetSymbols(), s => Assert.Equal(1, s.GlyphCount));
    }

    [Fact]
    public void CopyKeepsSelection()
    {
        var text = new AnimLib.Mobjects.Text("abc abc");
        var copy = text.Copy();
        Assert.Equal(2, copy["abc"].Count);
        Assert.Same(copy[3], copy["abc"][1][0]);
        Assert.Equal(text[0].Points, copy[0].Points);
        Assert.Equal(Vector3.Zero.X, copy.GetCenter().X, 3);
    }
}
