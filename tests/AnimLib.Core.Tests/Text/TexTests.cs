namespace AnimLib.Core.Tests.Text;

public class TexTests
{
    [Fact]
    public void GlyphStructureOfTheDotProduct()
    {
        var tex = new Tex(@"(\vec{\textbf{M}} + \vec{\textbf{J}}) \cdot \vec{\textbf{E}}");
        Assert.Equal(10, tex.Count);
        // Accents come before their letter: [1] arrow above [2] M.
        Assert.True(tex[1].GetCenter().Y > tex[2].GetCenter().Y);
        Assert.True(tex[1].GetWidth() < tex[2].GetWidth() * 1.5);
        // "(" is left of everything, ")" at index 6 is right of J.
        Assert.True(tex[0].GetCenter().X < tex[2].GetCenter().X);
        Assert.True(tex[6].GetCenter().X > tex[5].GetCenter().X);
        var e = tex[@"\vec{\textbf{E}}"];
        Assert.Single(e);
        Assert.Equal(2, e[0].Count);
        Assert.Same(tex[8], e[0][0]);
        Assert.Same(tex[3], tex["+"][0][0]);
    }

    [Fact]
    public void SizeFollowsFontSize()
    {
        var x = new Tex("x");
        var big = new Tex("x", fontSize: 96);
        Assert.Equal(2 * x.GetHeight(), big.GetHeight(), 2);
        // One em is 0.01 × font size units: an x-height near 0.43 em.
        Assert.InRange(x.GetHeight(), 0.15, 0.3);
        Assert.Equal(0, x.GetCenter().X, 3);
    }

    [Fact]
    public void TexTextIsTextModeWithInlineMath()
    {
        var t = new TexText(@"\emph{inactive}");
        Assert.Equal(8, t.Count);
        Assert.Equal(6, t["active"][0].Count);
        Assert.Same(t[2], t["active"][0][0]);
        var le = new TexText(@"$\le 0$ \; Otherwise");
        Assert.Equal(11, le.Count);
    }

    [Fact]
    public void RulesAreGlyphs()
    {
        var frac = new Tex(@"\frac{1}{2}");
        Assert.Equal(3, frac.Count); // 1, the bar (a rect), 2
    }

    [Fact]
    public void InvalidLatexNamesTheSourceAndQuotesTheLog()
    {
        var ex = Assert.Throws<TexCompilationException>(() => new Tex(@"\frac{1}{2"));
        Assert.Contains(@"\frac{1}{2", ex.Message);
        Assert.Contains("!", ex.LogExcerpt);
        var undefined = Assert.Throws<TexCompilationException>(() => new Tex(@"\notacommand x"));
        Assert.Contains("Undefined control sequence", undefined.LogExcerpt);
    }

    [Fact]
    public void CompiledOncePerSourceOnDisk()
    {
        string dir = Path.Combine(Path.GetTempPath(), "animlib-tex-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            string doc = TexCompiler.BuildDocument("$y_" + Guid.NewGuid().ToString("N")[..6] + "$");
            var first = TexCompiler.CompileToSvg(doc, "y", dir);
            Assert.Equal(1, TexCompiler.LatexRunCount(doc));
            Assert.Single(Directory.GetFiles(dir, "*.svg"));
            // A fresh process would find it on disk: forget the in-memory copy and ask again.
            TexCompiler.ClearMemoryCache();
            var second = TexCompiler.CompileToSvg(doc, "y", dir);
            Assert.Equal(first, second);
            Assert.Equal(1, TexCompiler.LatexRunCount(doc));
            Assert.Single(Directory.GetFiles(dir, "*.svg"));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void SymbolEstimateFollowsTheTable()
    {
        var symbols = TexSymbols.Tokenize(@"\vec{\textbf{E}} \cdots \exp");
        Assert.Equal(1 + 1 + 3 + 3, symbols.Sum(s => s.Glyphs));
    }
}

public class TexLigatureTests
{
    [Fact]
    public void QuotesAndDashesAreOneGlyphEach()
    {
        var t = new TexText("``Michael Jordan'' -- plays");
        Assert.Equal(1 + 13 + 1 + 1 + 5, t.Count);
        var name = t["Michael Jordan"];
        Assert.Single(name);
        Assert.Equal(13, name[0].Count);
        Assert.Same(t[1], name[0][0]);
        Assert.Same(t[16], t["plays"][0][0]);
    }
}
