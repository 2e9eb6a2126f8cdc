using AnimLib.Scenes.Mlp;

namespace AnimLib.Scenes.Tests.Mlp;

public class ValueColorsTests
{
    [Theory]
    [InlineData(0.0, "#1C758A")]
    [InlineData(2.5, "#259DB9")]
    [InlineData(5.0, "#3EBBD8")]
    [InlineData(7.5, "#6DCBE2")]
    [InlineData(10.0, "#9CDCEB")]
    [InlineData(-2.5, "#DF584F")]
    [InlineData(-5.0, "#ED635C")]
    [InlineData(-7.5, "#F7706D")]
    [InlineData(-12.0, "#FF8080")]
    public void MatchesReferenceSamples(double value, string hex)
    {
        var c = ValueColors.ValueToColor(value);
        AssertClose(hex, c);
    }

    [Theory]
    [InlineData(0.25, "#A6A6A6")]
    [InlineData(0.75, "#E1E1E1")]
    public void GreyVariant(double a, string hex) =>
        AssertClose(hex, ValueColors.ValueToColor(a * 10, Palette.GreyC, Palette.White, Palette.GreyC, Palette.White));

    private static void AssertClose(string expectedHex, Color actual)
    {
        var e = Color.Parse(expectedHex);
        Assert.True(Math.Abs(e.R - actual.R) <= 1.5 / 255 && Math.Abs(e.G - actual.G) <= 1.5 / 255 && Math.Abs(e.B - actual.B) <= 1.5 / 255,
            $"expected {expectedHex}, got {actual.ToHex()}");
    }
}
