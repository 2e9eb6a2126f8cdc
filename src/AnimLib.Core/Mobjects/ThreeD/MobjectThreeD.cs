using System.Numerics;
using AnimLib.Animations;
using AnimLib.Cameras;
using AnimLib.Geometry;

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

    /// <summary>
    /// Turns a flat mobject about its own axis (start to end for an arrow) so that its face points as nearly as possible
    /// at the camera: a flat 3D arrow then always shows its full width. Use in an updater to follow a moving camera.
    /// </summary>
    public static T SetPerpendicularToCamera<T>(this T m, CameraFrame frame) where T : VMobject
    {
        var start = m.GetStart();
        var axis = VectorMath.Normalize(m.GetEnd() - start);
        if (axis == Vector3.Zero) return m;
        var normal = PlaneNormal(m.Points);
        if (normal == Vector3.Zero) return m;
        var toCamera = frame.GetCameraPosition() - m.GetCenter();
        var target = toCamera - Vector3.Dot(toCamera, axis) * axis;
        var current = normal - Vector3.Dot(normal, axis) * axis;
        if (target.LengthSquared() < 1e-12f || current.LengthSquared() < 1e-12f) return m;
        target = Vector3.Normalize(target);
        current = Vector3.Normalize(current);
        double angle = Math.Atan2(Vector3.Dot(Vector3.Cross(current, target), axis), Vector3.Dot(current, target));
        if (Math.Abs(angle) < 1e-6) return m;
        return m.Rotate(angle, axis, aboutPoint: start);
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
