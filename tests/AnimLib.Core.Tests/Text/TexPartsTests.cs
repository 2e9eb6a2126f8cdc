namespace AnimLib.Core.Tests.Text;

/// <summary>Formulas written as several strings: <c>new Tex("a^2", "+", "b^2")</c> and <c>GetPart(i)</c>.</summary>
public class TexPartsTests
{
    [Fact]
    public void PartsAreJoinedAndSelectableInOrder()
    {
        var tex = new Tex("a^2", "+", "b^2");
        Assert.Equal("a^2 + b^2", tex.Source);
        Assert.Equal(["a^2", "+", "b^2"], tex.PartSources);
        Assert.Equal(3, tex.PartCount);
        Assert.Equal([2, 1, 2], tex.GetParts().Select(p => p.Count));
        Assert.Equal(tex.Count, tex.GetParts().Sum(p => p.Count));
        Assert.True(tex.GetPart(0).GetRight().X < tex.GetPart(1).GetLeft().X);
        Assert.True(tex.GetPart(1).GetRight().X < tex.GetPart(2).GetLeft().X);
        Assert.Same(tex.GetPart(^1)[0], tex["b^2"][0][0]);
        Assert.Same(tex[3], tex.GetPart(2)[0]);
    }

    [Fact]
    public void RepeatedPartsSelectTheirOwnOccurrence()
    {
        var tex = new Tex("x", "+", "x", "=", "2x");
        Assert.Equal(5, tex.PartCount);
        Assert.Same(tex[0], tex.GetPart(0)[0]);
        Assert.Same(tex[2], tex.GetPart(2)[0]);
        Assert.Equal(2, tex.GetPart(4).Count);
        Assert.True(tex.GetPart(2).GetX() > tex.GetPart(0).GetX());
        // Substring selection keeps working on the joined source: "x" occurs three times.
        Assert.Equal(3, tex["x"].Count);
    }

    [Fact]
    public void OptionsSeparatorAndSingleStringFormulas()
    {
        var big = new Tex(["E", "=", "mc^2"], fontSize: 96, color: Palette.Yellow);
        var normal = new Tex("E", "=", "mc^2");
        Assert.Equal(2 * normal.GetHeight(), big.GetHeight(), 2);
        Assert.Equal(Palette.Yellow, big.GetPart(2).GetColor());
        var commands = new Tex(@"\alpha", "b");
        Assert.Equal(2, commands.Count);
        Assert.Single(commands.GetPart(1));
        var single = new Tex(@"\frac{1}{2}");
        Assert.Equal(1, single.PartCount);
        Assert.Equal(single.Count, single.GetPart(0).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => single.GetPart(1));
    }

    [Fact]
    public void TexTextPartsJoinWithNothing()
    {
        var text = new TexText("Area ", "$= r^2$");
        Assert.Equal("Area $= r^2$", text.Source);
        Assert.Equal(4, text.GetPart(0).Count);
        Assert.Equal(3, text.GetPart(1).Count);
    }
}
