using AnimLib.Animations;
using AnimLib.Core.Tests.Support;
using AnimLib.Rendering;
using static AnimLib.Anim;

namespace AnimLib.Core.Tests.Code;

/// <summary>Frames of code animations halfway through, compared with reference PNGs at 854x480.</summary>
public class CodeFrameTests
{
    private static FrameBuffer Halfway(string before, string after) => LambdaScene.RenderFinalFrame(s =>
    {
        var code = new AnimLib.Mobjects.Code(before, fontSize: 36);
        s.Add(code);
        Animation edit = code.Animate().SetSource(after);
        edit.Begin();
        edit.Interpolate(0.5);
    });

    [Fact]
    public void RenameHalfway() =>
        ReferenceImages.AssertMatches(Halfway(CodeSamples.Original, CodeSamples.Renamed), nameof(CodeFrameTests));

    [Fact]
    public void InsertedLineHalfway() =>
        ReferenceImages.AssertMatches(Halfway(CodeSamples.Renamed, CodeSamples.Inserted), nameof(CodeFrameTests));

    [Fact]
    public void TypedHalfwayAndHighlighted()
    {
        var frame = LambdaScene.RenderFinalFrame(s =>
        {
            var typed = new AnimLib.Mobjects.Code(CodeSamples.Original, fontSize: 24).Shift(AnimLib.Directions.Left * 3.4f);
            var highlighted = new AnimLib.Mobjects.Code(CodeSamples.Inserted, "C#", theme: "Monokai", fontSize: 24).Shift(AnimLib.Directions.Right * 3.4f);
            s.Add(typed, highlighted);
            var typing = TypeCode(typed);
            typing.Begin();
            typing.Interpolate(0.5);
            var highlight = HighlightLines(highlighted, 6..6);
            highlight.Begin();
            highlight.Interpolate(0.5);
        });
        ReferenceImages.AssertMatches(frame, nameof(CodeFrameTests));
    }

    [Fact]
    public void FixedInFrameIn3DLooksAsIn2D()
    {
        static FrameBuffer Render(bool turned) => LambdaScene.RenderFinalFrame(s =>
        {
            var code = new AnimLib.Mobjects.Code(CodeSamples.Original, fontSize: 30).FixInFrame();
            if (turned) s.Frame.Reorient(-30, 70, 0);
            s.Add(code);
            s.Play(code.Animate().SetSource(CodeSamples.Renamed), runTime: 0.2);
        }, 427, 240, 5);
        var flat = Render(turned: false);
        var comparison = ImageDiff.Compare(flat, Render(turned: true), ReferenceImages.ChannelTolerance);
        ReferenceImages.AssertNotBlank(flat, nameof(FixedInFrameIn3DLooksAsIn2D));
        Assert.Equal(0, comparison.CountOverTolerance);
    }
}
