using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>Fluent 3D methods: depth testing, shading, flat strokes, and turning flat mobjects toward the camera.</summary>
public static class MobjectThreeD
{
    /// <summary>
    /// Turns on depth testing for the family: its pieces (submobjects, surface quads) are painted far to near together
    /// with the other depth-tested mobjects drawn next to them, so nearer pieces hide farther ones.
    /// </summary>
    public static T ApplyDepthTest<T>(this T m, bool recurse = true) where T : Mobject
    {
        foreach (var x in recurse ? m.GetFamily() : [m]) x.DepthTest = true;
        return m;
    }

    /// <summary>Turns depth testing off: the family is painted in scene and family order.</summary>
    public static T DeactivateDepthTest<T>(this T m, bool recurse = true) where T : Mobject
    {
        foreach (var x in recurse ? m.GetFamily() : [m]) x.DepthTest = false;
        return m;
    }

    /// <summary>Sets how the family's fills react to the scene light; (0, 0, 0) is unlit. A null component keeps its value.</summary>
    public static T SetShading<T>(this T m, double? reflectiveness = null, double? gloss = null, double? shadow = null, bool recurse = true) where T : Mobject
    {
        foreach (var x in recurse ? m.GetFamily() : [m])
        {
            var s = x.Shading;
            x.Shading = new Shading(reflectiveness ?? s.Reflectiveness, gloss ?? s.Gloss, shadow ?? s.Shadow);
        }
        return m;
    }

    /// <summary>Makes strokes lie in the mobject's plane (foreshortened and scaled by perspective) rather than face the camera.</summary>
    public static T SetFlatStroke<T>(this T m, bool flat = true, bool recurse = true) where T : Mobject
    {
        foreach (var x in recurse ? m.GetFamily() : [m]) x.FlatStroke = flat;
        return m;
    }

    /// <summary>Unit normal of a path's plane by Newell's method (right-hand rule over the point order); zero when degenerate.</summary>
    public static Vector3 PlaneNormal(ReadOnlySpan<Vector3> points)
    {
        var n = Vector3.Zero;
        for (int i = 0; i < points.Length; i++)
        {
            var a = points[i];
            var b = points[(i + 1) % points.Length];
            n.X += (a.Y - b.Y) * (a.Z + b.Z);
            n.Y += (a.Z - b.Z) * (a.X + b.X);
            n.Z += (a.X - b.X) * (a.Y + b.Y);
        }
        float len = n.Length();
        return len < 1e-12f ? Vector3.Zero : n / len;
    }
}
