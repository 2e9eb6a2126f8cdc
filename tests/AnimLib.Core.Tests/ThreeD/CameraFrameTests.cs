using System.Numerics;
using AnimLib.Core.Tests.Support;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.ThreeD;

/// <summary>The camera frame's Euler conventions, projection of known points, and frame animation.</summary>
public class CameraFrameTests
{
    private const int W = 854, H = 480;

    private static (float X, float Y) Pixel(CameraFrame frame, Vector3 point)
    {
        var (x, y, _) = new Projection(frame, W, H).ToPixel(point);
        return (x, y);
    }

    private static CameraFrame NewFrame() => new(Constants.FrameHeight * W / H, Constants.FrameHeight);

    private static void AssertPixel(double x, double y, (float X, float Y) actual, double tolerance = 0.05)
    {
        Assert.True(Math.Abs(actual.X - x) <= tolerance && Math.Abs(actual.Y - y) <= tolerance, $"expected ({x:F3}, {y:F3}), got ({actual.X:F3}, {actual.Y:F3})");
    }

    // One unit in the plane of the frame centre is 480 / 8 = 60 pixels.
    [Fact]
    public void DefaultFrame_ProjectsOneUnitToSixtyPixels()
    {
        var frame = NewFrame();
        AssertPixel(427, 240, Pixel(frame, Vector3.Zero));
        AssertPixel(487, 240, Pixel(frame, new Vector3(1, 0, 0)));
        AssertPixel(427, 120, Pixel(frame, new Vector3(0, 2, 0)));
    }

    [Fact]
    public void ThetaNinety_TurnsWorldYToScreenRight_AndWorldXToScreenDown()
    {
        var frame = NewFrame().Reorient(90, 0, 0);
        AssertPixel(487, 240, Pixel(frame, new Vector3(0, 1, 0)));
        AssertPixel(427, 300, Pixel(frame, new Vector3(1, 0, 0)));
    }

    [Fact]
    public void PhiNinety_LooksAlongPlusY_WithZUp_AndNearerPointsAppearLarger()
    {
        var frame = NewFrame().Reorient(0, 90, 0);
        AssertPixel(427, 180, Pixel(frame, new Vector3(0, 0, 1)));
        // (1, -1, 0) is one unit nearer the eye: focal distance f = 4 / tan(22.5°), scale 1 / (1 - 1/f).
        double f = 4 / Math.Tan(22.5 * Math.PI / 180);
        AssertPixel(427 + 60 / (1 - 1 / f), 240, Pixel(frame, new Vector3(1, -1, 0)));
    }

    [Fact]
    public void ReorientMovesCentreAndSetsHeight()
    {
        var frame = NewFrame().Reorient(0, 0, 0, new Vector3(1, 2, 0), 4);
        Assert.Equal(4, frame.GetHeight(), 4);
        TestShapes.AssertClose(new Vector3(1, 2, 0), frame.GetCenter());
        // Twice the zoom: one unit is 120 pixels.
        AssertPixel(427 + 120, 240, Pixel(frame, new Vector3(2, 2, 0)));
    }

    [Fact]
    public void FloorPlaneXz_TowardCameraMatchesTheSpecFormula()
    {
        var frame = NewFrame().SetFloorPlane("xz").Reorient(-21, -12, 0);
        double t = -21 * Math.PI / 180, p = -12 * Math.PI / 180;
        var expected = new Vector3((float)(Math.Cos(p) * Math.Sin(t)), (float)-Math.Sin(p), (float)(Math.Cos(p) * Math.Cos(t)));
        TestShapes.AssertClose(expected, frame.GetTowardCamera(), 1e-5f);
        // World y stays vertical on screen with γ = 0.
        var a = Pixel(frame, new Vector3(0, 0, 0));
        var b = Pixel(frame, new Vector3(0, 1, 0));
        Assert.True(Math.Abs(a.X - b.X) < 1e-3 && b.Y < a.Y);
    }

    [Fact]
    public void ZxzTowardCameraMatchesTheSpecFormula()
    {
        var frame = NewFrame().Reorient(23, 71, 0);
        double t = 23 * Math.PI / 180, p = 71 * Math.PI / 180;
        var expected = new Vector3((float)(Math.Sin(t) * Math.Sin(p)), (float)(-Math.Cos(t) * Math.Sin(p)), (float)Math.Cos(p));
        TestShapes.AssertClose(expected, frame.GetTowardCamera(), 1e-5f);
    }

    [Theory]
    [InlineData("xy", 30, 70, 0)]
    [InlineData("xy", -120, 45, 20)]
    [InlineData("xy", 170, 10, -60)]
    [InlineData("xz", -21, -12, 0)]
    [InlineData("xz", 40, 30, 15)]
    [InlineData("xz", -150, -60, -30)]
    public void ReorientThenGetEulerAngles_RoundTrips(string floor, double theta, double phi, double gamma)
    {
        var frame = NewFrame().SetFloorPlane(floor).Reorient(theta, phi, gamma);
        var (t, p, g) = frame.GetEulerAngles();
        Assert.Equal(theta, t / Constants.Degrees, 3);
        Assert.Equal(phi, p / Constants.Degrees, 3);
        Assert.Equal(gamma, g / Constants.Degrees, 3);
    }

    [Fact]
    public void GimbalLock_ReportsThetaPlusGamma()
    {
        var frame = NewFrame().Reorient(30, 0, 20);
        var (t, p, g) = frame.GetEulerAngles();
        Assert.Equal(50, t / Constants.Degrees, 3);
        Assert.Equal(0, p, 6);
        Assert.Equal(0, g, 6);
    }

    [Fact]
    public void ReorientWithNullAngles_KeepsThem()
    {
        var frame = NewFrame().Reorient(30, 60, 10).Reorient(phiDeg: 20);
        var (t, p, g) = frame.GetEulerAngles();
        Assert.Equal(30, t / Constants.Degrees, 3);
        Assert.Equal(20, p / Constants.Degrees, 3);
        Assert.Equal(10, g / Constants.Degrees, 3);
    }

    [Fact]
    public void AnimatedReorient_InterpolatesEachAngle_TheShortWay()
    {
        CameraFrame? mid = null;
        LambdaScene.Record(s =>
        {
            s.Frame.Reorient(170, 60, 0);
            var anim = (AnimLib.Animations.Animation)s.Frame.Animate().Reorient(-170, 80, 0, new Vector3(2, 0, 0));
            anim.Begin();
            anim.Interpolate(0.5);
            mid = s.Frame.Copy();
        });
        var (t, p, _) = mid!.GetEulerAngles();
        Assert.Equal(180, Math.Abs(t / Constants.Degrees), 2);
        Assert.Equal(70, p / Constants.Degrees, 2);
        TestShapes.AssertClose(new Vector3(1, 0, 0), mid.GetCenter(), 1e-4f);
    }

    [Fact]
    public void PlayedReorient_EndsExactlyAtTheTarget_AndSaveStateRestores()
    {
        (double, double, double) end = default, restored = default;
        LambdaScene.Record(s =>
        {
            s.Frame.SaveState();
            s.Play(s.Frame.Animate().Reorient(-30, 70, 0, height: 6), runTime: 1);
            end = s.Frame.GetEulerAngles();
            s.Frame.Restore();
            restored = s.Frame.GetEulerAngles();
            Assert.Equal(8, s.Frame.GetHeight(), 4);
        });
        Assert.Equal(-30, end.Item1 / Constants.Degrees, 3);
        Assert.Equal(70, end.Item2 / Constants.Degrees, 3);
        Assert.Equal(0, restored.Item1, 5);
        Assert.Equal(0, restored.Item2, 5);
    }

    [Fact]
    public void AmbientRotation_TurnsThetaAtTheGivenSpeed()
    {
        double theta = 0;
        LambdaScene.Record(s =>
        {
            s.Frame.Reorient(0, 70, 0).AddAmbientRotation(4 * Constants.Degrees);
            s.Add(s.Frame); // as the seeds do; the frame must still turn once per frame, not twice
            s.Wait(2);
            theta = s.Frame.GetEulerAngles().Theta;
        });
        Assert.Equal(8, theta / Constants.Degrees, 2);
    }

    [Fact]
    public void SeedFrameCalls_ScaleSetXMatchXToDefaultStateAndLightSource()
    {
        LambdaScene.Record(s =>
        {
            var f = s.Frame;
            f.SaveState();
            f.Reorient(-32, 0, 0, new Vector3(0.56f, 2.48f, 0.32f), 12.75);
            Assert.Equal(12.75, f.GetHeight(), 4);
            Assert.Equal(Constants.FrameHeight * 854 / 480, f.SavedState!.GetWidth(), 3);
            s.Play(f.Animate().Scale(0.5), runTime: 0.2);
            Assert.Equal(6.375, f.GetHeight(), 3);
            s.Play(f.Animate().SetX(3), runTime: 0.2);
            Assert.Equal(3, f.GetX(), 4);
            var target = TestShapes.Box(1, 1, -2, 0);
            f.MatchX(target);
            Assert.Equal(-2, f.GetX(), 4);
            // GetCorner is world-axis aligned whatever the orientation.
            TestShapes.AssertClose(f.GetCenter() + new Vector3((float)f.GetWidth() / 2, (float)f.GetHeight() / 2, 0), f.GetCorner(Directions.UR), 1e-3f);
            s.Play(f.Animate().ToDefaultState(), runTime: 0.2);
            Assert.Equal(8, f.GetHeight(), 4);
            TestShapes.AssertClose(Vector3.Zero, f.GetCenter(), 1e-4f);
            Assert.Equal(0, f.GetEulerAngles().Theta, 5);
            s.Camera.LightSource.SetZ(15);
            TestShapes.AssertClose(new Vector3(-10, 10, 15), s.Camera.LightPosition);
        }, W, H, 15);
    }

    [Fact]
    public void SetFieldOfView_ChangesFocalDistance()
    {
        var frame = NewFrame().SetFieldOfView(90 * Constants.Degrees);
        Assert.Equal(4, frame.FocalDistance, 4);
        Assert.Throws<ArgumentOutOfRangeException>(() => frame.SetFieldOfView(0));
        Assert.Throws<ArgumentException>(() => frame.SetFloorPlane("yz"));
    }

    [Fact]
    public void FixedInFrameLabel_KeepsItsPixels_WhileTheFrameMoves()
    {
        var output = LambdaScene.Record(s =>
        {
            var label = TestShapes.Box(1, 1, 4, 2.5).SetFill(Yellow, 1).SetStroke(width: 0).FixInFrame();
            var square = TestShapes.Box(2, 2).SetFill(Blue, 1).SetStroke(width: 0);
            s.Add(square, label);
            s.Play(s.Frame.Animate().Reorient(40, 60, 10, new Vector3(1, 1, 0), 5), runTime: 1);
        }, W, H, 5);
        var first = SceneRenderer.RenderSnapshot(output.Frames[0]);
        var last = SceneRenderer.RenderSnapshot(output.Frames[^1]);
        // The label's centre is at (4, 2.5) in default-frame units: pixel (427 + 240, 240 - 150).
        foreach (var frame in new[] { first, last })
        {
            var (r, g, b, _) = frame.GetPixel(667, 90);
            Assert.Equal(Yellow.R * 255, r, 2);
            Assert.Equal(Yellow.G * 255, g, 2);
            Assert.Equal(Yellow.B * 255, b, 2);
        }
        // The unfixed square did move.
        Assert.NotEqual(first.GetPixel(427 + 50, 240 + 50), last.GetPixel(427 + 50, 240 + 50));
    }
}

public class CameraFrameRotateTests
{
    [Fact]
    public void RotateTurnsTheViewNotThePoints()
    {
        var frame = new CameraFrame();
        var center = frame.GetCenter();
        frame.Rotate(Math.PI / 2, Directions.Right);
        var toward = frame.GetTowardCamera();
        Assert.Equal(0, toward.X, 4);
        Assert.Equal(-1, toward.Y, 4);
        Assert.Equal(0, toward.Z, 4);
        Assert.Equal(center, frame.GetCenter());
        Assert.Equal(8, frame.GetHeight(), 4);
    }
}
