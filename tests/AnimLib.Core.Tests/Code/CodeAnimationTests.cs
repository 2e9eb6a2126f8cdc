using AnimLib.Animations;
using AnimLib.Core.Tests.Support;
using AnimLib.Mobjects;
using static AnimLib.Anim;
using static AnimLib.Directions;

namespace AnimLib.Core.Tests.Code;

/// <summary>The token diff, TransformCode / SetSource, TypeCode and HighlightLines.</summary>
public class CodeAnimationTests
{
    private static List<string> Texts(AnimLib.Mobjects.Code code) => code.Tokens.Select(t => t.Text).ToList();

    [Fact]
    public void RenameDiffKeepsEverythingButTheRenamedTokens()
    {
        var before = Texts(new AnimLib.Mobjects.Code(CodeSamples.Original));
        var after = Texts(new AnimLib.Mobjects.Code(CodeSamples.Renamed));
        var diff = CodeDiff.Compute(before, after);
        Assert.Equal(["total", "total", "total"], diff.Removed.Select(i => before[i]));
        Assert.Equal(["sum", "sum", "sum"], diff.Inserted.Select(j => after[j]));
        Assert.Equal(before.Count - 3, diff.Kept.Count);
        Assert.All(diff.Kept, k => Assert.Equal(before[k.From], after[k.To]));
        Assert.Equal(diff.Kept.OrderBy(k => k.From).ToList(), diff.Kept.ToList());
    }

    [Fact]
    public void InsertedLineDiffInsertsOnlyItsTokens()
    {
        var before = Texts(new AnimLib.Mobjects.Code(CodeSamples.Renamed));
        var inserted = new AnimLib.Mobjects.Code(CodeSamples.Inserted);
        var after = Texts(inserted);
        var diff = CodeDiff.Compute(before, after);
        Assert.Empty(diff.Removed);
        Assert.Equal(["Console", ".", "WriteLine", "(", "sum", ")", ";"], diff.Inserted.Select(j => after[j]));
        Assert.All(diff.Inserted, j => Assert.Equal(5, inserted.Tokens[j].Line));
        Assert.Equal(before.Count, diff.Kept.Count);
    }

    [Fact]
    public void DiffOfUnrelatedSequencesRemovesAndInsertsAll()
    {
        var diff = CodeDiff.Compute(["a", "b", "c"], ["x", "y"]);
        Assert.Empty(diff.Kept);
        Assert.Equal([0, 1, 2], diff.Removed);
        Assert.Equal([0, 1], diff.Inserted);
        var mixed = CodeDiff.Compute(["a", "b", "c", "a", "b", "b", "a"], ["c", "b", "a", "b", "a", "c"]);
        Assert.Equal(5, mixed.Removed.Count + mixed.Inserted.Count); // Myers' paper example: D = 5
    }

    [Fact]
    public void KeptTokensEndExactlyWhereAFreshCodePutsThem()
    {
        var a = new AnimLib.Mobjects.Code(CodeSamples.Renamed).Shift(Left);
        var b = new AnimLib.Mobjects.Code(CodeSamples.Inserted).Shift(Down * 0.5f);
        var anim = TransformCode(a, b);
        var diff = CodeDiff.Compute(Texts(a), Texts(b));
        anim.Begin();
        anim.Interpolate(0.5);
        anim.Interpolate(1);
        // At the end of the run, before the code takes on the new version, every kept glyph is on its new glyph.
        foreach (var (from, to) in diff.Kept)
            for (int g = 0; g < a.Token(from).Count; g++)
                Assert.Equal(b.Token(to)[g].Points, a.Token(from)[g].Points);
        anim.Finish();
        Assert.Equal(CodeSamples.Inserted, a.Source);
        AssertSamePoints(b, a);
    }

    [Fact]
    public void AnimateSetSourceBuildsATransformCodeThatKeepsTheTopLeftCorner()
    {
        var code = new AnimLib.Mobjects.Code(CodeSamples.Renamed).Scale(0.8).ToEdge(Up);
        var corner = code.CellCorner(code.CurrentPlacement(), 0, 0);
        Animation anim = code.Animate().SetSource(CodeSamples.Inserted);
        Assert.IsType<TransformCode>(anim);
        var keptGlyph = code.Token(0)[0];
        anim.Begin();
        anim.Interpolate(0.5);
        anim.Finish();
        Assert.Equal(CodeSamples.Inserted, code.Source);
        // A fresh Code of the new source, scaled alike and with its first cell on the old one's, matches point for point.
        var fresh = new AnimLib.Mobjects.Code(CodeSamples.Inserted).Scale(0.8, aboutPoint: System.Numerics.Vector3.Zero);
        fresh.Shift(corner - fresh.CellCorner(fresh.CurrentPlacement(), 0, 0));
        AssertSamePoints(fresh, code, tolerance: 1e-4f);
        Assert.Equal(corner, code.CellCorner(code.CurrentPlacement(), 0, 0));
    }

    [Fact]
    public void MidTransformShowsRemovedFadingAndInsertedArriving()
    {
        var a = new AnimLib.Mobjects.Code(CodeSamples.Original);
        var anim = new TransformCode(a, new AnimLib.Mobjects.Code(CodeSamples.Renamed));
        anim.Begin();
        var total = a.Find("total")[0];
        anim.Interpolate(0.25);
        Assert.InRange(((VMobject)total[0]).FillOpacity, 0.05, 0.95);
        anim.Interpolate(0.6);
        Assert.Equal(0, ((VMobject)total[0]).FillOpacity, 6);
        anim.Finish();
        Assert.Equal(3, a.Find("sum").Count);
        Assert.Empty(a.Find("total").Members);
        Assert.Equal(3, a.Submobjects.Count); // panel, numbers, body: no leftovers of the transition
    }

    [Fact]
    public void SetSourceKeepsTheCodeFixedInFrame()
    {
        var code = new AnimLib.Mobjects.Code(CodeSamples.Original).FixInFrame();
        var anim = (Animation)code.Animate().SetSource(CodeSamples.Inserted);
        anim.Begin();
        Assert.All(code.GetFamily(), m => Assert.True(m.IsFixedInFrame));
        anim.Finish();
        Assert.All(code.GetFamily(), m => Assert.True(m.IsFixedInFrame));
    }

    [Fact]
    public void TypeCodeRevealsCharactersInOrderBehindACursor()
    {
        var code = new AnimLib.Mobjects.Code("int a;\n    int b;");
        var anim = TypeCode(code, charsPerSecond: 10);
        // "int a;" + line break + "int b;" (indentation is free): 13 keystrokes at 10 per second.
        Assert.Equal(13, anim.KeystrokeCount);
        Assert.Equal(1.3, anim.RunTime, 6);
        anim.Begin();
        Assert.Equal(4, code.Submobjects.Count); // the cursor joined
        Assert.All(code.Body.GetFamily().OfType<VMobject>().Where(m => m.Points.Length > 0), g => Assert.Equal(0, g.FillOpacity));
        anim.Interpolate(0.5);
        var shown = code.GlyphsBySourceIndex().Where(g => g.Glyph.FillOpacity > 0).Select(g => g.Char).ToList();
        Assert.Equal([0, 1, 2, 4, 5], shown); // "int a;" minus the 7th keystroke
        Assert.Equal(0, code.LineNumbers![1][0].FillOpacity);
        anim.Finish();
        Assert.Equal(3, code.Submobjects.Count);
        Assert.All(code.Body.GetFamily().OfType<VMobject>().Where(m => m.Points.Length > 0), g => Assert.Equal(1, g.FillOpacity));
    }

    [Fact]
    public void HighlightLinesDimsTheRestThenRestores()
    {
        var code = new AnimLib.Mobjects.Code(CodeSamples.Original);
        var anim = HighlightLines(code, 3..5);
        anim.Begin();
        anim.Interpolate(0.5);
        Assert.All(code.Lines(3, 5).GetFamily().OfType<VMobject>().Where(m => m.Points.Length > 0), g => Assert.Equal(1, g.FillOpacity));
        Assert.All(code.Lines(6, 7).GetFamily().OfType<VMobject>().Where(m => m.Points.Length > 0), g => Assert.Equal(0.25, g.FillOpacity, 6));
        Assert.Equal(0.25, code.LineNumbers![0][0].FillOpacity, 6);
        anim.Finish();
        Assert.All(code.Body.GetFamily().OfType<VMobject>().Where(m => m.Points.Length > 0), g => Assert.Equal(1, g.FillOpacity));
        Assert.Equal(7, HighlightLines(code, 7..^1).Code.LineIndices(7, 7).From + 1);
    }

    [Fact]
    public void CodeWorksWithTheGroupAnimations()
    {
        var output = LambdaScene.Record(s =>
        {
            var code = new AnimLib.Mobjects.Code(CodeSamples.Original);
            s.Play(Write(code));
            s.Play(FadeOut(code));
            s.Play(FadeIn(code));
            s.Play(ShowCreation(code));
        }, 160, 90, 5);
        Assert.Equal(4, output.Segments.Count);
    }

    private static void AssertSamePoints(AnimLib.Mobjects.Code expected, AnimLib.Mobjects.Code actual, float tolerance = 0)
    {
        Assert.Equal(expected.Tokens.Select(t => (t.Text, t.Line, t.Column)), actual.Tokens.Select(t => (t.Text, t.Line, t.Column)));
        var e = expected.GetFamily().Where(m => m.Points.Length > 0).ToList();
        var a = actual.GetFamily().Where(m => m.Points.Length > 0).ToList();
        Assert.Equal(e.Count, a.Count);
        for (int i = 0; i < e.Count; i++)
        {
            Assert.Equal(e[i].Points.Length, a[i].Points.Length);
            for (int k = 0; k < e[i].Points.Length; k++)
                Assert.True(System.Numerics.Vector3.Distance(e[i].Points[k], a[i].Points[k]) <= tolerance,
                    $"member {i} point {k}: {a[i].Points[k]} vs {e[i].Points[k]}");
        }
    }
}
