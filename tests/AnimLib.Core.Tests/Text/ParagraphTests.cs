namespace AnimLib.Core.Tests.Text;

public class ParagraphTests
{
    [Fact]
    public void LinesAreFlushLeftAndTopToBottom()
    {
        var p = new Paragraph("ab", "cdef", "gh");
        Assert.Equal("ab\ncdef\ngh", p.Source);
        Assert.Equal(TextAlignment.Left, p.Alignment);
        Assert.Equal([2, 4, 2], p.GetLines().Select(l => l.Count));
        Assert.Equal(8, p.Count);
        Assert.True(p.GetLine(0).GetY() > p.GetLine(1).GetY());
        Assert.True(p.GetLine(1).GetY() > p.GetLine(^1).GetY());
        Assert.Equal(p.GetLine(0).GetLeft().X, p.GetLine(1).GetLeft().X, 1);
        Assert.Equal(0, p.GetCenter().X, 3);
    }

    [Fact]
    public void AlignmentAndLineSpacing()
    {
        var right = new Paragraph(["short", "a longer line"], alignment: TextAlignment.Right);
        Assert.Equal(right.GetLine(0).GetRight().X, right.GetLine(1).GetRight().X, 1);
        var centre = new Paragraph(["short", "a longer line"], alignment: TextAlignment.Center);
        Assert.Equal(centre.GetLine(0).GetX(), centre.GetLine(1).GetX(), 1);
        var tight = new Paragraph(["x", "x"]);
        var loose = new Paragraph(["x", "x"], lineSpacing: 2);
        double tightGap = tight.GetLine(0).GetY() - tight.GetLine(1).GetY();
        double looseGap = loose.GetLine(0).GetY() - loose.GetLine(1).GetY();
        Assert.Equal(2 / 0.96, looseGap / tightGap, 2);
    }

    [Fact]
    public void RepeatedLinesAndInvalidInput()
    {
        var p = new Paragraph("same", "", "same");
        Assert.Empty(p.GetLine(1));
        Assert.Same(p[4], p.GetLine(2)[0]);
        Assert.True(p.GetLine(2).GetY() < p.GetLine(0).GetY());
        Assert.Throws<ArgumentException>(() => new Paragraph("one\ntwo"));
        Assert.Throws<ArgumentException>(() => new Paragraph());
        Assert.Throws<ArgumentOutOfRangeException>(() => p.GetLine(3));
    }
}
