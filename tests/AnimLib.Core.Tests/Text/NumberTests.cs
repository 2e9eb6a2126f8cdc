using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Text;

public class NumberTests
{
    [Theory]
    [InlineData(3.14159, 2, false, "3.14")]
    [InlineData(3.4, 1, true, "+3.4")]
    [InlineData(-3.4, 1, true, "–3.4")]
    [InlineData(-0.001, 1, false, "0.0")]
    [InlineData(-0.001, 1, true, "+0.0")]
    [InlineData(12288, 0, false, "12,288")]
    [InlineData(603979776, 0, false, "603,979,776")]
    [InlineData(2.9, 0, false, "2")]
    [InlineData(-2.9, 0, false, "–2")]
    public void Formats(double value, int places, bool sign, string expected) =>
        Assert.Equal(expected, NumberFormatter.Format(value, places, sign, groupWithCommas: true));

    [Fact]
    public void OneChildPerCharacterLeftToRight()
    {
        var n = new DecimalNumber(3.4, numDecimalPlaces: 1, includeSign: true);
        Assert.Equal("+3.4", n.DisplayedText);
        Assert.Equal(4, n.Count);
        for (int i = 1; i < n.Count; i++) Assert.True(n[i].GetLeft().X > n[i - 1].GetLeft().X);
        // Digits and the point share a bottom line.
        Assert.Equal(n[1].GetBottom().Y, n[2].GetBottom().Y, 2);
        Assert.Equal(0, n.GetCenter().X, 3);
    }

    [Fact]
    public void SetValueKeepsTheLeftEdgeSizeAndColour()
    {
        var n = new DecimalNumber(1.5, fontSize: 24).SetColor(Palette.Yellow);
        n.Scale(2).Shift(Right * 3);
        double left = n.GetLeft().X, height = n[0].GetHeight();
        n.SetValue(-123.25);
        Assert.Equal("–123.25", n.DisplayedText);
        Assert.Equal(left, n.GetLeft().X, 3);
        Assert.Equal(height, n[1].GetHeight(), 2); // "1" as tall as the "1" before
        Assert.All(n.Members, c => Assert.Equal(Palette.Yellow, c.FillColor));
        Assert.Equal(-123.25, n.GetValue());
        Assert.Equal(48, n.FontSize, 3);
    }

    [Fact]
    public void IntegerGroupsThousands()
    {
        var i = new Integer(12288);
        Assert.Equal("12,288", i.DisplayedText);
        Assert.Equal(6, i.Count);
        // The comma hangs below the baseline.
        Assert.True(i[2].GetBottom().Y < i[1].GetBottom().Y);
        i.SetValue(41.6);
        Assert.Equal("41", i.DisplayedText);
        Assert.Equal(42, i.GetValue());
    }

    [Fact]
    public void MinusSitsAtMidHeight()
    {
        var n = new DecimalNumber(-5, numDecimalPlaces: 0);
        Assert.InRange(n[0].GetCenter().Y, n[1].GetBottom().Y + 0.3 * n[1].GetHeight(), n[1].GetTop().Y - 0.3 * n[1].GetHeight());
    }

    [Fact]
    public void FromNineNineToMinusTenKeepsHeightAndLeftEdge()
    {
        var n = new DecimalNumber(9.9, numDecimalPlaces: 1).Shift(Left * 2 + Up);
        double left = n.GetLeft().X, height = n.GetHeight(), bottom = n.GetBottom().Y;
        n.SetValue(-10.0);
        Assert.Equal("–10.0", n.DisplayedText);
        Assert.Equal(left, n.GetLeft().X, 4);
        // Same font size: heights agree to within the digits' own overshoot (round digits dip below the baseline).
        Assert.InRange(n.GetHeight(), height * 0.97, height * 1.03);
        Assert.Equal(bottom, n.GetBottom().Y, 1);
    }
}

public class DecimalMatrixTests
{
    [Fact]
    public void EntriesAreNumbersWithEllipses()
    {
        var values = new double[4, 3];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 3; j++) values[i, j] = i - j + 0.25;
        var m = new DecimalMatrix(values, numDecimalPlaces: 1, includeSign: true, ellipsesRow: -2, ellipsesCol: -2);
        Assert.Equal(4 * 3 + 2, m.Submobjects.Count);
        Assert.Equal(4 * 3 - (3 + 4 - 1), m.GetDecimalEntries().Count);
        Assert.Equal("+0.2", m.GetDecimalEntries()[0].DisplayedText);
        Assert.Equal(3.25, m.GetValues()[3, 0], 6);
        Assert.Equal(6, m.GetEllipses().Count);
    }

    [Fact]
    public void TexNumberBecomesChangeable()
    {
        var tex = new Tex(@"180^\circ", fontSize: 24);
        int before = tex.Count;
        var number = tex.MakeNumberChangeable("180");
        Assert.Equal(before - 2, tex.Count);
        Assert.Same(number, tex[0]);
        Assert.Equal("180", number.DisplayedText);
        double left = number.GetLeft().X;
        number.SetValue(89.7);
        Assert.Equal("89", number.DisplayedText);
        Assert.Equal(left, number.GetLeft().X, 4);
    }
}
