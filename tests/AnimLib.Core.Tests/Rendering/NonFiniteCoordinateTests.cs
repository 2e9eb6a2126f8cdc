using System.Numerics;
using AnimLib.Capture;
using AnimLib.Core.Tests.Support;

namespace AnimLib.Core.Tests.Rendering;

/// <summary>
/// A mobject whose points become NaN or infinite cannot be drawn: the frame that would lose it fails, naming the mobject
/// and the play or wait in progress, instead of the mobject vanishing from the video.
/// </summary>
public class NonFiniteCoordinateTests
{
    private static NonFiniteCoordinatesException Fails(Action<LambdaScene> body) =>
        Assert.Throws<NonFiniteCoordinatesException>(() => LambdaScene.Record(body, 160, 90, 10));

    [Fact]
    public void ShiftByNaNNamesTheMobjectAndTheWait()
    {
        var box = TestShapes.Box(1, 1).SetFill(Palette.Red, 1);
        var e = Fails(s =>
        {
            s.Add(box);
            box.Shift(new Vector3(float.NaN, 0, 0));
            s.Wait(1);
        });
        Assert.Same(box, e.Mobject);
        Assert.Contains("VMobject", e.Message);
        Assert.Contains("Wait(1)", e.Message);
        Assert.Contains("scene LambdaScene", e.Message);
        Assert.Equal("Wait(1)", e.Call);
    }

    [Fact]
    public void UpdaterDividingByZeroIsCaughtAtTheFirstFrame()
    {
        float zero = 0;
        var output = new RecordingOutput();
        var box = TestShapes.Box(1, 1).SetFill(Palette.Red, 1);
        var e = Assert.Throws<NonFiniteCoordinatesException>(() => new LambdaScene(s =>
        {
            s.Play(Anim.FadeIn(box), runTime: 0.5);
            box.AddUpdater(m => m.MoveTo(new Vector3(1 / zero, 0, 0)));
            s.Wait(2);
        }).Run(new SceneSettings(160, 90, 10), output));
        Assert.Same(box, e.Mobject);
        Assert.Contains("Wait(2)", e.Message);
        // The play's frames went out; not one frame of the wait did.
        Assert.Equal(5, output.Frames.Count);
    }

    [Fact]
    public void AnimationToInfinityNamesThePlay()
    {
        var e = Fails(s =>
        {
            var box = TestShapes.Box(1, 1).SetFill(Palette.Red, 1);
            s.Add(box);
            s.Play(box.Animate().MoveTo(new Vector3(float.PositiveInfinity, 0, 0)));
        });
        Assert.Contains("MoveToTarget(VMobject)", e.Message);
    }

    [Fact]
    public void APartNamesTheTopLevelMobjectItBelongsTo()
    {
        var text = new AnimLib.Mobjects.Text("Hello");
        var e = Fails(s =>
        {
            s.Add(text);
            text.Shift(new Vector3(0, float.NaN, 0));
            s.Wait(1);
        });
        Assert.Same(text, e.TopLevel);
        Assert.Contains("Text(\"Hello\")", e.Message);
    }

    [Fact]
    public void DotCloudWithANaNPointIsNamed()
    {
        var cloud = new DotCloud([new(0, 0, 0), new(float.NaN, 1, 0)], color: Palette.Red);
        var e = Assert.Throws<NonFiniteCoordinatesException>(() =>
            SnapshotBuilder.Build([cloud], new CameraFrame(), new FrameFormat(160, 90)));
        Assert.Same(cloud, e.Mobject);
        Assert.Null(e.Call);
        Assert.Contains("DotCloud", e.Message);
    }

    [Fact]
    public void CameraFrameMovedToNaNIsNamed()
    {
        var e = Fails(s =>
        {
            s.Add(TestShapes.Box(1, 1).SetFill(Palette.Red, 1));
            s.Frame.Shift(new Vector3(float.NaN, 0, 0));
            s.Wait(1);
        });
        Assert.Contains("camera frame", e.Message);
    }

    [Fact]
    public void InvisibleMobjectWithNaNPointsDrawsNothingAndDoesNotFail()
    {
        // Nothing of it would show, so nothing is lost: the check rides on the points a visible item projects.
        var output = LambdaScene.Record(s =>
        {
            var box = TestShapes.Box(1, 1).SetFill(Palette.Red, 0).SetStroke(opacity: 0);
            s.Add(box);
            box.Shift(new Vector3(float.NaN, 0, 0));
            s.Wait(0.1);
        }, 160, 90, 10);
        Assert.Single(output.Frames);
    }
}
