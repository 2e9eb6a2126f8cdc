using AnimLib.Core.Tests.Support;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Text;

public class BraceLabelTests
{
    [Fact]
    public void LabelSitsBeyondTheTip()
    {
        var rect = new Rectangle(width: 4, height: 1);
        var label = new BraceLabel(rect, "n", labelBuff: 0.25);
        Assert.Equal(2, label.Count);
        Assert.Same(label[0], label.Brace);
        Assert.Same(label[1], label.Label);
        Assert.Equal("n", Assert.IsType<Tex>(label.Label).Source);
        Assert.Equal(4, label.Brace.GetWidth(), 1);
        Assert.Equal(-0.5 - 0.2, label.Brace.GetTop().Y, 2);
        Assert.Equal(label.Brace.GetTip().Y - 0.25, label.Label.GetTop().Y, 3);
        Assert.Equal(0, label.Label.GetX(), 3);
    }

    [Fact]
    public void BraceTextBesideTheRightSide()
    {
        var rect = new Rectangle(width: 4, height: 2);
        var label = new BraceText(rect, "height", braceDirection: Right, fontSize: 30);
        Assert.IsType<AnimLib.Mobjects.Text>(label.Label);
        Assert.Equal("height", label.Label.GetText());
        Assert.Equal(2, label.Brace.GetHeight(), 1);
        Assert.True(label.Label.GetLeft().X > label.Brace.GetTip().X);
        Assert.Equal(label.Brace.GetTip().Y, label.Label.GetY(), 2);
    }

    [Fact]
    public void ShiftBraceAndChangeLabelRebuildInPlace()
    {
        var small = new Rectangle(width: 1, height: 1).Shift(Left * 3);
        var wide = new Rectangle(width: 5, height: 1).Shift(Right * 2);
        var label = new BraceText(small, "one");
        label.Label.SetColor(Palette.Yellow);
        label.ShiftBrace(wide);
        Assert.Equal(5, label.Brace.GetWidth(), 1);
        Assert.Equal(2, label.Label.GetX(), 2);
        label.ChangeLabel("two words");
        Assert.Equal("two words", label.Label.GetText());
        Assert.Equal(Palette.Yellow, label.Label.GetColor());
        Assert.Equal(2, label.Label.GetX(), 2);
        label.ChangeBraceLabel(small, "back");
        Assert.Equal(-3, label.Label.GetX(), 2);
        Assert.Equal(2, label.Count);
        var copy = label.Copy();
        Assert.NotSame(label.Brace, copy.Brace);
        Assert.Equal("back", copy.Label.GetText());
    }

    [Fact]
    public void AnimatedChangeEndsOnTheNewBraceAndLabel()
    {
        var a = new Square(1).Shift(Left * 2);
        var b = new Square(2).Shift(Right * 2);
        BraceText? label = null;
        var scene = new LambdaScene(s =>
        {
            label = new BraceText(a, "a");
            s.Add(a, b, label);
            s.Play(label.Animate().ChangeBraceLabel(b, "b"));
        });
        scene.Run(new SceneSettings(320, 180, 10), new NullOutput());
        Assert.Equal(2, label!.Brace.GetX(), 2);
        Assert.Equal(2, label.Brace.GetWidth(), 1);
        Assert.Equal(2, label.Brace.GetTip().X, 2);
        Assert.Equal(label.Brace.GetBottom().Y, label.Brace.GetTip().Y, 2);
        Assert.Equal(2, label.Label.GetX(), 2);
    }
}
