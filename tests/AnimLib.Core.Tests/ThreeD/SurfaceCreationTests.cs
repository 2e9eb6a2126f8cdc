using System.Numerics;
using AnimLib.Capture;
using AnimLib.Core.Tests.Support;
using AnimLib.Display;
using static AnimLib.Anim;

namespace AnimLib.Core.Tests.ThreeD;

/// <summary>ShowCreation and Uncreate of a surface: it grows along its v range, as in ManimGL.</summary>
public class SurfaceCreationTests
{
    private static Surface Sheet() =>
        new((u, v) => new Vector3((float)u, (float)v, 0), uRange: (-2, 2), vRange: (-2, 2), resolution: (9, 9), color: Palette.Red, shading: Shading.None);

    private static int Painted(FrameSnapshot snapshot)
    {
        var frame = SceneRenderer.RenderSnapshot(snapshot);
        int count = 0;
        for (int y = 0; y < frame.Height; y++)
            for (int x = 0; x < frame.Width; x++)
                if (frame.GetPixel(x, y).R > 0) count++;
        return count;
    }

    [Fact]
    public void PartialSurface_CoversItsShareOfTheVRange()
    {
        var settings = new FrameFormat(854, 480);
        var whole = Sheet();
        int full = Painted(SnapshotBuilder.Build([whole], new CameraFrame(), settings));
        Assert.InRange(full, 50_000, 70_000); // 4 x 4 units at 60 px per unit

        var part = Sheet().PointwiseBecomePartial(whole, 0, 0.5);
        // The lower half of the v range: y from -2 to 0, the bottom half of the sheet on screen.
        var half = SceneRenderer.RenderSnapshot(SnapshotBuilder.Build([part], new CameraFrame(), settings));
        Assert.True(half.GetPixel(427, 240 + 60).R > 200, "a point at v = -1 is drawn");
        Assert.Equal((byte)0, half.GetPixel(427, 240 - 60).R);
        Assert.InRange(Painted(SnapshotBuilder.Build([part], new CameraFrame(), settings)), full * 45 / 100, full * 55 / 100);

        // Not started: nothing at all, not even the outline's ends.
        Assert.Equal(0, Painted(SnapshotBuilder.Build([Sheet().PointwiseBecomePartial(whole, 0, 0)], new CameraFrame(), settings)));
    }

    [Fact]
    public void ShowCreationThenUncreate_GrowAndRemoveTheSurface()
    {
        Surface? sheet = null;
        var recording = LambdaScene.Record(s =>
        {
            sheet = Sheet();
            s.Play(ShowCreation(sheet), runTime: 1);
            s.Play(Uncreate(sheet), runTime: 1);
        });
        var frames = recording.Frames;
        Assert.Equal(30, frames.Count);
        int quarter = Painted(frames[4]), threeQuarters = Painted(frames[10]), end = Painted(frames[14]);
        Assert.True(quarter < threeQuarters && threeQuarters < end, $"{quarter}, {threeQuarters}, {end}: the surface grows");
        Assert.True(Painted(frames[^1]) < end / 10, "Uncreate takes it away");
        // The surface is left whole (though off screen), so it can be shown again.
        Assert.Equal(Sheet().Points, sheet!.Points);
    }
}
