using System.Numerics;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Cameras;

/// <summary>Turns mobjects to face the camera. It lives with the camera because mobjects know nothing of it.</summary>
public static class CameraFacing
{
    /// <summary>
    /// Turns a flat mobject about its own axis (start to end for an arrow) so that its face points as nearly as possible
    /// at the camera: a flat 3D arrow then always shows its full width. Use in an updater to follow a moving camera.
    /// </summary>
    public static T SetPerpendicularToCamera<T>(this T m, CameraFrame frame) where T : VMobject
    {
        var start = m.GetStart();
        var axis = VectorMath.Normalize(m.GetEnd() - start);
        if (axis == Vector3.Zero) return m;
        var normal = MobjectThreeD.PlaneNormal(m.Points);
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
}
