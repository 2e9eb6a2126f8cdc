using AnimLib.Core.Tests.Support;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Mobjects;

/// <summary>Matrices built from numbers and strings, integer matrices, and row/column colours.</summary>
public class MatrixEntryTests
{
    [Fact]
    public void IntegerGridBecomesTexEntries()
    {
        var m = new Matrix(new[,] { { 1, 2, -3 }, { 4, 5, 6 } });
        Assert.Equal(2, m.RowCount);
        Assert.Equal(3, m.ColumnCount);
        Assert.Equal(6 + 2, m.Count);
        Assert.Equal(6, m.GetEntries().Count);
        Assert.Equal(2, m.GetBrackets().Count);
        var e = Assert.IsType<Tex>(m.GetElement(0, 2));
        Assert.Equal("-3", e.Source);
        Assert.Equal("5", ((Tex)m.GetElement(1, 1)).Source);
        // Default buffs: columns one widest entry + 0.5 apart, the whole centred on the origin.
        double widest = m.GetEntries().Max(x => x.GetWidth());
        Assert.Equal(widest + 0.5, m.GetElement(0, 1).GetX() - m.GetElement(0, 0).GetX(), 3);
        Assert.Equal(0, m.GetCenter().X, 3);
        Assert.Equal(0, m.GetCenter().Y, 3);
        Assert.True(m.GetBrackets()[0].GetRight().X < m.GetColumns()[0].GetLeft().X);
    }

    [Fact]
    public void DoubleGridWritesShortestOrFixedDecimals()
    {
        var shortest = new Matrix(new[,] { { 1.5, 0.25 }, { 3, -0.125 } });
        Assert.Equal(["1.5", "0.25", "3", "-0.125"], shortest.GetEntries().Cast<Tex>().Select(t => t.Source));
        var fixedPlaces = new Matrix(new[,] { { 1.5, 2 } }, numDecimalPlaces: 2);
        Assert.Equal(["1.50", "2.00"], fixedPlaces.GetEntries().Cast<Tex>().Select(t => t.Source));
    }

    [Fact]
    public void StringGridAndElementToMobject()
    {
        var tex = new Matrix(new[,] { { "a", @"\pi" }, { "0", "x^2" } }, vBuff: 0.8, hBuff: 1.3);
        Assert.Equal(@"\pi", ((Tex)tex.GetElement(0, 1)).Source);
        double tallest = tex.GetEntries().Max(x => x.GetHeight());
        Assert.Equal(tallest + 0.8, tex.GetElement(0, 0).GetBottom().Y - tex.GetElement(1, 0).GetBottom().Y, 3);
        var text = new Matrix(new[,] { { "north", "south" } }, elementToMobject: s => new AnimLib.Mobjects.Text(s, fontSize: 30));
        Assert.All(text.GetEntries(), x => Assert.IsType<AnimLib.Mobjects.Text>(x));
        var dots = new Matrix(new[,] { { 1, 2 } }, elementToMobject: n => new Dot(radius: 0.05 * n));
        Assert.Equal(0.2, dots.GetElement(0, 1).GetWidth(), 3);
    }

    [Fact]
    public void IntegerMatrixEntriesKeepTheirValues()
    {
        var m = new IntegerMatrix(new[,] { { 1, 20 }, { -3, 4 } });
        Assert.All(m.GetEntries(), x => Assert.IsType<Integer>(x));
        Assert.Equal(0, m.NumDecimalPlaces);
        Assert.Equal(new[,] { { 1, 20 }, { -3, 4 } }, m.GetIntegerValues());
        m.GetDecimalEntries()[1].SetValue(7);
        Assert.Equal(7, m.GetIntegerValues()[0, 1]);
        var copy = m.Copy();
        Assert.Equal(new[,] { { 1, 7 }, { -3, 4 } }, copy.GetIntegerValues());
    }

    [Fact]
    public void RowAndColumnColours()
    {
        var m = new IntegerMatrix(new[,] { { 1, 2 }, { 3, 4 } }).SetColumnColors(Palette.Red, Palette.Green);
        Assert.Equal(Palette.Red, m.GetElement(1, 0).GetColor());
        Assert.Equal(Palette.Green, m.GetElement(0, 1).GetColor());
        Assert.Equal(Palette.White, m.GetBrackets()[0].GetColor());
        m.SetRowColors(Palette.Yellow);
        Assert.Equal(Palette.Yellow, m.GetElement(0, 1).GetColor());
        Assert.Equal(Palette.Green, m.GetElement(1, 1).GetColor());
        Assert.IsType<IntegerMatrix>(m);
        Assert.True(m.GetRows()[0].GetY() > m.GetRows()[1].GetY() + 0.5 * Up.Y);
    }

    [Fact]
    public void BracketStyles()
    {
        var square = new Matrix(new[,] { { 1, 2 }, { 3, 4 } });
        foreach (var style in Enum.GetValues<MatrixBracketStyle>())
        {
            var m = new Matrix(new[,] { { 1, 2 }, { 3, 4 } }, bracketStyle: style);
            var (left, right) = (m.GetBrackets()[0], m.GetBrackets()[1]);
            Assert.Equal(style, left.Style);
            Assert.True(left.IsLeft);
            Assert.False(right.IsLeft);
            // Every style spans the same height and keeps bracketHBuff (0.2) from the entries.
            Assert.Equal(square.GetBrackets()[0].GetHeight(), left.GetHeight(), 3);
            Assert.Equal(0.2, m.GetColumns()[0].GetLeft().X - left.GetRight().X, 3);
            Assert.Equal(0.2, right.GetLeft().X - m.GetColumns()[1].GetRight().X, 3);
            Assert.Equal(left.GetWidth(), right.GetWidth(), 4);
        }
        // A parenthesis bulges outward: its middle lies left of its ends.
        var paren = new MatrixBracket(2, isLeft: true, MatrixBracketStyle.Round);
        Assert.Equal(0, paren.Points.Where(p => Math.Abs(p.Y) < 0.05).Min(p => p.X) - paren.GetLeft().X, 3);
        Assert.True(paren.Points.Where(p => p.Y > 0.95).Min(p => p.X) > paren.GetLeft().X + 0.1);
    }

    [Fact]
    public void ParenthesesAndBarsFrame()
    {
        var frame = LambdaScene.RenderFinalFrame(s =>
        {
            var round = new Matrix(new[,] { { "a", "b" }, { "c", "d" } }, bracketStyle: MatrixBracketStyle.Round);
            var bars = new Matrix(new[,] { { 2, -1 }, { 0, 3 } }, bracketStyle: MatrixBracketStyle.Bar);
            var decimals = new DecimalMatrix(new[,] { { 0.5, 1.25 } }, bracketStyle: MatrixBracketStyle.Round);
            s.Add(new VGroup(round, bars, decimals).Arrange(Right, buff: 1));
        });
        ReferenceImages.AssertMatches(frame, nameof(MatrixEntryTests));
    }
}
