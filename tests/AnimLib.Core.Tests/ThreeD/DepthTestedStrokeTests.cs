using System.Numerics;
using AnimLib.Core.Tests.Support;
using AnimLib.Rendering;
using static AnimLib.Palette;

namespace AnimLib.Core.Tests.ThreeD;

/// <summary>
/// A depth-tested line crossing a surface is hidden where it is behind it and shown where it is in front: its stroke is
/// sorted piece by piece with the surface's quads, not as one item.
/// </summary>
public class DepthTestedStrokeTests
{
    // Per channel (0-255): the sheet's colour where the line is behind it, the line's where it is in front.
    private const int Tolerance = 3;

    /// <summary>A blue sheet in the xy plane and a red line from (−3, 0, −1.5) to (3, 0, 1.5), seen from the front.</summary>
    private static FrameBuffer LineThroughSheet(Action<LambdaScene>? orient = null) => LambdaScene.RenderFinalFrame(s =>
    {
        var sheet = new Square3D(4, Blue, resolution: (16, 16));
        var line = new Line(new Vector3(-3, 0, -1.5f), new Vector3(3, 0, 1.5f), color: Red, strokeWidth: 8).ApplyDepthTest();
        s.Add(sheet, line);
        orient?.Invoke(s);
    });

    [Fact]
    public void LineThroughSheet_HiddenBehind_ShownInFront()
    {
        var frame = LineThroughSheet();
        // The line is the row y = 240 on screen; x = −1 (z = −0.5) is behind the sheet, x = +1 (z = +0.5) in front.
        // The sheet is shaded, so its colour is read 10 px above each point (the line is 5 px wide).
        AssertNear(frame.GetPixel(427 - 60, 230), frame.GetPixel(427 - 60, 240), "behind the sheet");
        AssertNear(frame.GetPixel(427 - 100, 230), frame.GetPixel(427 - 100, 240), "behind the sheet");
        AssertNear(Red, frame.GetPixel(427 + 60, 240), "in front of the sheet");
        AssertNear(Red, frame.GetPixel(427 + 100, 240), "in front of the sheet");
        // Past the sheet's edge (|x| > 2) nothing covers the line on either side.
        AssertNear(Red, frame.GetPixel(427 - 150, 240), "left of the sheet");
    }

    [Fact]
    public void LineThroughSheet_SeenFromBehind_TheOtherHalfIsHidden()
    {
        var frame = LineThroughSheet(s =>
        {
            s.SetFloorPlane("xz");
            s.Frame.Reorient(180, 0, 0);
        });
        // From behind, +x is screen-left and the half with z > 0 is now the far one.
        AssertNear(frame.GetPixel(427 - 80, 230), frame.GetPixel(427 - 80, 240), "behind the sheet (x > 0)");
        AssertNear(Red, frame.GetPixel(427 + 80, 240), "in front of the sheet (x < 0)");
    }

    private static void AssertNear((byte R, byte G, byte B, byte A) expected, (byte R, byte G, byte B, byte A) actual, string where, Color? named = null)
    {
        bool near = Math.Abs(expected.R - actual.R) <= Tolerance && Math.Abs(expected.G - actual.G) <= Tolerance
            && Math.Abs(expected.B - actual.B) <= Tolerance;
        Assert.True(near, $"{where}: expected {(named is null ? "the sheet's colour" : named.ToString())} ({expected.R}, {expected.G}, {expected.B}), got ({actual.R}, {actual.G}, {actual.B})");
    }

    private static void AssertNear(Color expected, (byte R, byte G, byte B, byte A) actual, string where) =>
        AssertNear(((byte)(expected.R * 255), (byte)(expected.G * 255), (byte)(expected.B * 255), 255), actual, where, expected);
}
