using System.Numerics;

namespace AnimLib.Core.Tests.Support;

/// <summary>Plain-VMobject shapes for tests that must not depend on the shape library.</summary>
public static class TestShapes
{
    public static VMobject Box(double width, double height, double x = 0, double y = 0)
    {
        float w = (float)width / 2, h = (float)height / 2, cx = (float)x, cy = (float)y;
        return new VMobject().SetPointsAsCorners([new(cx + w, cy + h, 0), new(cx - w, cy + h, 0), new(cx - w, cy - h, 0), new(cx + w, cy - h, 0), new(cx + w, cy + h, 0)]);
    }

    public static void AssertClose(Vector3 expected, Vector3 actual, float tolerance = 1e-4f)
    {
        Assert.True(Vector3.Distance(expected, actual) <= tolerance, $"expected {expected}, got {actual}");
    }
}
