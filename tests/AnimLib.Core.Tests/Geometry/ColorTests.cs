namespace AnimLib.Core.Tests.Geometry;

public class ColorTests
{
    [Theory]
    [InlineData("BLUE_E", "#1C758A")]
    [InlineData("BLUE", "#58C4DD")]
    [InlineData("GREY_BROWN", "#736357")]
    [InlineData("YELLOW", "#FFFF00")]
    [InlineData("RED", "#FC6255")]
    [InlineData("TEAL", "#5CD0B3")]
    [InlineData("PINK", "#D147BD")]
    [InlineData("ORANGE", "#FF862F")]
    [InlineData("GREY_A", "#DDDDDD")]
    [InlineData("PURPLE", "#9A72AC")]
    public void PaletteMatchesManimGL(string name, string hex)
    {
        Assert.True(Palette.TryGet(name, out var c));
        Assert.Equal(hex, c.ToHex());
    }

    [Fact]
    public void PascalCaseFieldsMatchNames()
    {
        Assert.Equal(Palette.BlueB, Color.Parse("BlueB"));
        Assert.Equal("#9CDCEB", Palette.BlueB.ToHex());
        Assert.Equal(Palette.GreyE, Color.Parse("grey_e"));
    }

    [Fact]
    public void ParsesHex()
    {
        Assert.Equal("#F5F5DC", Color.Parse("#f5f5dc").ToHex());
        Assert.Equal("#FFAA00", Color.Parse("#FA0").ToHex());
        Assert.Throws<FormatException>(() => Color.Parse("#12"));
    }

    [Fact]
    public void RgbAndHslInterpolation()
    {
        var mid = Color.Lerp(Palette.Black, Palette.White, 0.5);
        Assert.Equal(0.5f, mid.R, 5);
        var sq = Color.Interpolate(Palette.Black, Palette.White, 0.5);
        Assert.Equal(Math.Sqrt(0.5), sq.R, 5);
        var red = Color.FromBytes(255, 0, 0);
        var blue = Color.FromBytes(0, 0, 255);
        var hsl = Color.InterpolateHsl(red, blue, 0.5);
        var (h, s, l) = hsl.ToHsl();
        Assert.Equal(1.0 / 3, h, 5); // hue 0 -> 2/3, halfway is green's 1/3
        Assert.Equal(1.0, s, 5);
        Assert.Equal(0.5, l, 5);
        var back = Color.FromHsl(Palette.Teal.ToHsl().H, Palette.Teal.ToHsl().S, Palette.Teal.ToHsl().L);
        Assert.Equal(Palette.Teal.ToHex(), back.ToHex());
    }

    [Fact]
    public void GradientEndsAtStops()
    {
        var g = Color.Gradient([Palette.Blue, Palette.Red], 5);
        Assert.Equal(Palette.Blue.ToHex(), g[0].ToHex());
        Assert.Equal(Palette.Red.ToHex(), g[4].ToHex());
    }
}
