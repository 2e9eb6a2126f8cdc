using AnimLib.Core.Tests.Support;
using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Text;

public class TextAnimationTests
{
    [Fact]
    public void WriteTimingGrowsWithLength()
    {
        var shortText = new AnimLib.Mobjects.Text("Hi");
        var w = new Write(shortText);
        Assert.Equal(1, w.RunTime);
        Assert.Equal(0.2, w.LagRatio, 6);
        var longText = new AnimLib.Mobjects.Text("A rather long sentence here");
        var w2 = new Write(longText);
        Assert.Equal(2, w2.RunTime);
        Assert.Equal(Math.Min(4.0 / (longText.Count + 1), 0.2), w2.LagRatio, 6);
    }

    [Fact]
    public void WriteDrawsOutlineThenFills()
    {
        var text = new AnimLib.Mobjects.Text("ab");
        var glyph = text[0];
        int n = glyph.Points.Length;
        var w = new Write(text, runTime: 1, lagRatio: 0);
        w.Begin();
        Assert.Equal(0, glyph.FillOpacity);
        w.Interpolate(0.25);
        // A quarter in: the outline is half drawn, stroked white, unfilled.
        Assert.Equal(0, glyph.FillOpacity);
        Assert.Equal(2, glyph.StrokeWidth, 6);
        Assert.Equal(Palette.White, glyph.StrokeColor);
        w.Interpolate(0.75);
        Assert.InRange(glyph.FillOpacity, 0.4, 0.6);
        w.Finish();
        Assert.Equal(1, glyph.FillOpacity);
        Assert.Equal(0, glyph.StrokeWidth, 6);
        Assert.Equal(n, glyph.Points.Length);
    }

    [Fact]
    public void MatchingStringsPairsMAndP()
    {
        var source = new AnimLib.Mobjects.Text("Multilayer Perceptron");
        var target = new AnimLib.Mobjects.Text("MLP").Shift(Down * 2);
        var anim = new TransformMatchingStrings(source, target);
        // Two matched runs ("M" then "P"), 18 source letters fading out, "L" fading in.
        var transforms = anim.Animations.Cast<Transform>().ToList();
        Assert.Equal(2 + 18 + 1, transforms.Count);
        var frames = LambdaScene.Record(s =>
        {
            s.Add(source);
            s.Play(anim);
            Assert.Contains(target, s.Mobjects);
            Assert.DoesNotContain(source, s.Mobjects);
            Assert.Equal(3, s.Mobjects.Sum(m => m.GetFamily().Count(f => f.HasPoints)));
        });
        Assert.Equal(30, frames.Frames.Count);
    }

    [Fact]
    public void MatchingStringsOnTex()
    {
        var source = new Tex(@"(\vec{\textbf{M}} + \vec{\textbf{J}}) \cdot \vec{\textbf{E}}");
        var target = new Tex(@"\vec{\textbf{M}} \cdot \vec{\textbf{E}} + \vec{\textbf{J}} \cdot \vec{\textbf{E}}");
        var anim = new TransformMatchingStrings(source, target, pathArc: -45 * Constants.Degrees, lagRatio: 0.01);
        var pairs = anim.Animations.Cast<Transform>().Where(t => !t.Remover).ToList();
        // "·E", "+J", "M" move (three pairs); the three glyphs of the second "·E" grow in; "(" and ")" fade out.
        Assert.Equal(6, pairs.Count);
        Assert.Equal([3, 3, 2], pairs.Where(t => t.Mobject is VGroup).Select(t => ((VGroup)t.Mobject).Count));
        Assert.Equal(2, anim.Animations.Count(a => a.Remover));
        Assert.All(anim.Animations.Cast<Transform>(), t => Assert.Equal(-45 * Constants.Degrees, t.PathArc, 6));
    }

    [Fact]
    public void ChangeDecimalAndCountIn()
    {
        var n = new DecimalNumber(1.0, numDecimalPlaces: 1);
        var change = new ChangeDecimalToValue(n, 3.0) { RateFunc = RateFunctions.Linear };
        change.Begin();
        change.Interpolate(0.5);
        Assert.Equal(2.0, n.Value, 6);
        Assert.Equal("2.0", n.DisplayedText);
        change.Finish();
        Assert.Equal(3.0, n.Value, 6);

        var count = new CountInFrom(n, 0) { RateFunc = RateFunctions.Linear };
        count.Begin();
        Assert.Equal(0, n.Value, 6);
        count.Interpolate(0.5);
        Assert.Equal(1.5, n.Value, 6);
        count.Finish();
        Assert.Equal(3.0, n.Value, 6);
    }

    [Fact]
    public void FadeTransformSwapsSourceForTarget()
    {
        var probe = FadeTransform(new Square(), new Circle().Shift(Right * 3));
        probe.Begin();
        probe.Interpolate(0.5);
        var group = probe.Mobject;
        // Halfway, both are half visible and midway between their places.
        Assert.InRange(((VMobject)group.Submobjects[0]).StrokeOpacity, 0.3, 0.7);
        Assert.Equal(1.5, group.Submobjects[0].GetCenter().X, 1);

        var a = new Square();
        var b = new Circle().Shift(Right * 3);
        LambdaScene.Record(s =>
        {
            s.Add(a);
            s.Play(FadeTransform(a, b));
            Assert.Contains(b, s.Mobjects);
            Assert.DoesNotContain(a, s.Mobjects);
            Assert.Equal(0, a.GetCenter().X, 4);
            Assert.Equal(1, a.StrokeOpacity);
        });
    }

    [Fact]
    public void MatchingShapesPairsIdenticalGlyphs()
    {
        var source = new AnimLib.Mobjects.Text("abc");
        var target = new AnimLib.Mobjects.Text("cab", fontSize: 24).Shift(Up);
        var anim = new TransformMatchingShapes(source, target);
        Assert.Equal(3, anim.Animations.Count);
        Assert.All(anim.Animations, a => Assert.False(a.Remover));
    }
}
